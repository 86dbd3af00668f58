#!/usr/bin/env python3
"""Propose gold episodes and roles from message-level gold labels (never from c2chat output).

Usage:
  python3 corpora/train/episodes_gold.py corpora/train/conversations/[abc].jsonl > corpora/train/episodes.gold.jsonl
  python3 corpora/train/episodes_gold.py --dev corpora/dev   # a draft for hand review

The rules (see corpora/train/README.md, "Gold episodes"):
- An episode opens at a message with a harmful gold label (sexualised, coercive, victim_blaming).
- It stays open while acts follow: harmful or protective labels, or the addressee's reply to an
  addressed act (request, pressure, threat, secrecy, exposure) in a conversation of two speakers;
  it closes after WINDOW messages without an act, or a GAP_MINUTES gap (where there are times).
- last_message_id is the last act.
- Roles: harasser = the opening speaker, and anyone whose addressed act follows; target = in a
  two-speaker span, the other speaker; else the first other speaker who refuses/replies to an
  addressed act, or who is addressed by a harmful act and responds; bystander_defender =
  a protective label by someone who is not the target/harasser; bystander_assistant = a harmful
  label by someone else who is not a harasser; bystander_other = present without an act.
- Session 17: a protective message about someone else (a third-person word, no "me"/"my") is a
  bystander's, and after it a plain answer makes no target; a speaker whose own message is
  harmful is never the target; in a group (3+ speakers) an opener's act naming someone else
  with no "u" is about that person, and help-seeking makes a target only when an act was aimed
  at the reader or the asker names their own picture (corpora/train/README.md, "Session 17").
Overrides (by hand review) are in episodes_gold_fixes.json beside this script.
"""
import csv, json, os, re, sys
from collections import OrderedDict
from datetime import datetime

WINDOW = 8
GAP_MINUTES = 60
HARMFUL = ("sexualised", "coercive", "victim_blaming")
ADDRESSED = ("image_request", "pressure", "threat", "secrecy", "exposure")
SECOND = re.compile(r"\b(u|ur|urs|you|your|yours|yourself|ya|urself)\b", re.I)
# "did u hear", "u know what i mean": the reader is spoken to, not spoken about.
DISCOURSE = re.compile(r"\b(did|have|do) (u|you) (hear|see|seen|know)\b|\b(u|you|ya) know\b", re.I)
OWN_MEDIA = re.compile(r"\bme\b|\bmy (pic|pics|photo|photos|picture|vid|video|snap|story|msgs|messages)\b", re.I)
ASIDE = re.compile(r"\b(if|when) (u|you) (ask|get) me\b|\b(would|wud) (u|you|ya) rather\b", re.I)
THIRD_PARTY = re.compile(r"\b(ur|your) (girlfriend|gf|boyfriend|bf|sister|sis|brother|cousin|mate|ex|crush)\b", re.I)
THIRD = re.compile(r"\b(she|shes|her|he|hes|him|his)\b|\[NAME"
                   r"|\b(the|that|this) (new |other )?(girl|boy|guy|lad)\b"
                   r"|\b(ur|your) (girlfriend|gf|boyfriend|bf|sister|sis|brother|cousin|mate|ex|crush)\b", re.I)


def top(l):
    return l.split(".")[0]


def last(l):
    return l.split(".")[-1]


def load_train(paths):
    convs = OrderedDict()
    for p in paths:
        for line in open(p, encoding="utf-8"):
            r = json.loads(line)
            convs.setdefault(r["conversation_id"], []).append(
                dict(id=r["message_id"], spk=r["speaker"], text=r["text"], gold=r["gold"], t=None))
    return convs


def load_dev(d):
    gold = {}
    for line in open(os.path.join(d, "gold.jsonl"), encoding="utf-8"):
        r = json.loads(line)
        gold[r["message_id"]] = r["gold"]
    convs = OrderedDict()
    for r in csv.DictReader(open(os.path.join(d, "messages.csv"), encoding="utf-8")):
        t = datetime.fromisoformat(r["timestamp"].replace("Z", "+00:00")).timestamp() if r["timestamp"] else None
        convs.setdefault(r["conversation_id"], []).append(
            dict(id=r["message_id"], spk=r["speaker"], text=r["text"], gold=gold.get(r["message_id"], []), t=t))
    return convs


def episode_type(acts):
    has = lambda names: any(a in names for a in acts)
    if has(["exposure"]) and not has(["threat"]):
        return "exposure"
    if has(ADDRESSED):
        return "image_based_coercion"
    if has(["names", "jokes"]):
        return "sexualised_bullying"
    if has(["appearance", "explicit"]):
        return "unwanted_sexualisation"
    return "victim_blaming_discussion"


def spans(msgs):
    """(start, end) index pairs of episodes."""
    out = []
    i = 0
    n = len(msgs)
    while i < n:
        if not any(top(g) in HARMFUL for g in msgs[i]["gold"]):
            i += 1
            continue
        start = last_act = i
        opener = msgs[i]["spk"]
        addressed = any(last(g) in ADDRESSED for g in msgs[i]["gold"])
        j = i + 1
        while j < n:
            m = msgs[j]
            if j - last_act > WINDOW:
                break
            if m["t"] is not None and msgs[last_act]["t"] is not None and m["t"] - msgs[last_act]["t"] > GAP_MINUTES * 60:
                break
            act = bool(m["gold"])
            # the addressee's reply to an addressed act (a refusal or an answer) is an act
            if not act and addressed and m["spk"] != opener and j == last_act + 1:
                act = True
            if act:
                last_act = j
                if any(last(g) in ADDRESSED for g in m["gold"]) and m["spk"] == opener:
                    addressed = True
            j += 1
        out.append((start, last_act))
        i = last_act + 1
    return out


def person(m):
    """'you' (second person, after dropping discourse markers), 'third' (third person only) or None."""
    text = DISCOURSE.sub(" ", m["text"])
    you, third = bool(SECOND.search(text)), bool(THIRD.search(text))
    return "you" if you else "third" if third else None


FIRST = re.compile(r"\b(me|my|mine|myself)\b", re.I)
SELF = re.compile(r"\b(i|im|i'm|ive|i've|id|i'd)\b", re.I)


def speaks_for_another(m):
    """A protective message about someone else: a third-person word and no first-person object
    word ("leave her alone", "shes 12, dont talk about her like that"; not "stop sending my pic")."""
    own = FIRST.search(m["text"])
    if any(last(g) == "help_seeking" for g in m["gold"]):
        # "im so scared, he says he'll post it": asking for help in the first person is one's own
        own = own or SELF.search(m["text"])
    return (any(top(g) == "protective" for g in m["gold"])
            and bool(THIRD.search(m["text"])) and not own)


def aimed_at_reader(m):
    """A harmful act that addresses the reader: a request, pressure, threat or secrecy demand,
    or a sexualised or exposure act in the second person ("ur so fit", "the pic u sent")."""
    labels = [g for g in m["gold"] if top(g) in HARMFUL]
    if any(last(g) in ADDRESSED and last(g) != "exposure" for g in labels):
        return True
    if any(top(g) == "sexualised" or last(g) == "exposure" for g in labels):
        return person(m) == "you"
    return False


def roles(msgs):
    opener = msgs[0]["spk"]
    speakers = list(OrderedDict.fromkeys(m["spk"] for m in msgs))
    r = {opener: "harasser"}
    target = None
    addressed = False
    acted = set()  # speakers who already took a bystander's act
    for_another = False  # a protective message has spoken up for a third person
    group = len(speakers) > 2
    about_other = False  # an act of the opener has named someone else (in a group)
    for m in msgs:
        if m["spk"] == opener:
            # In a group chat an act that names someone else ("someone get her to facetime",
            # "would u rather: the girl from the bus or...") is about that person, not the reader.
            # ("i screenshotted ur msgs to him" is aimed at the reader: a second-person word that
            # is not part of "ur sister", "if u ask me" keeps the act on the reader.)
            text = THIRD_PARTY.sub(" ", ASIDE.sub(" ", DISCOURSE.sub(" ", m["text"])))
            you = bool(SECOND.search(text))
            about_other = about_other or (group and bool(THIRD.search(m["text"])) and not you)
            # once the acts are about someone else, a later act needs a "u" to be the reader's
            addressed = addressed or (aimed_at_reader(m) and (you or not about_other))
            continue
        harmful = any(top(g) in HARMFUL for g in m["gold"])
        if m["spk"] in acted:
            continue
        if harmful:
            # a speaker who joins in ("ok send", "post it anyway") is not the one it is aimed at
            acted.add(m["spk"])
            continue
        if m["gold"] and not addressed:
            acted.add(m["spk"])
        if m["gold"] and not harmful and speaks_for_another(m):
            # "u cant threaten her like that", "should we tell someone? she's in my form": a
            # protective message about someone else is a bystander's, not the target's.
            acted.add(m["spk"])
            for_another = True
            continue
        # once someone has spoken up for a third person, the acts were about that person: a
        # later plain answer does not make its speaker the target
        # In a group, asking the group what to do about acts aimed at no one present ("should
        # we tell someone?") is a bystander's question.
        seeks = any(last(g) == "help_seeking" for g in m["gold"]) and (
            addressed or not group or bool(OWN_MEDIA.search(m["text"])))
        if seeks or (addressed and not for_another):
            target = m["spk"]
            break
    if len(speakers) == 2 and target is None:
        # A two-person chat: the other is the target unless the harmful acts are about a
        # third person ("she shouldnt have sent it") and never address the reader.
        # A victim-blaming discussion has no target among the speakers.
        own = [m for m in msgs if m["spk"] == opener
               and any(top(g) in ("sexualised", "coercive") for g in m["gold"])]
        kinds = [person(m) for m in own]
        if own and ("you" in kinds or "third" not in kinds):
            target = speakers[1]
    if target:
        r[target] = "target"
    for m in msgs:
        s = m["spk"]
        if s in (opener, target):
            continue
        harmful = [last(g) for g in m["gold"] if top(g) in HARMFUL]
        prot = [g for g in m["gold"] if top(g) == "protective"]
        if harmful:
            if r.get(s) in (None, "bystander_other"):
                aimed = any(h in ADDRESSED for h in harmful) and target is not None
                r[s] = "harasser" if aimed else "bystander_assistant"
        elif prot:
            if r.get(s) in (None, "bystander_other"):
                r[s] = "bystander_defender"
        r.setdefault(s, "bystander_other")
    return {s: r[s] for s in speakers}


def propose(convs, fixes):
    for cid, msgs in convs.items():
        for n, (a, b) in enumerate(spans(msgs), 1):
            eid = f"{cid}:e{n}"
            seg = msgs[a:b + 1]
            acts = [last(g) for m in seg for g in m["gold"] if top(g) in HARMFUL]
            rec = {
                "conversation_id": cid,
                "episode_id": eid,
                "first_message_id": seg[0]["id"],
                "last_message_id": seg[-1]["id"],
                "episode_type": episode_type(acts),
                "roles": roles(seg),
            }
            fix = fixes.get(eid)
            if fix == "drop":
                continue
            if fix:
                rec.update({k: v for k, v in fix.items() if k != "roles"})
                rec["roles"].update(fix.get("roles", {}))
            yield rec


def main(argv):
    fixes_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "episodes_gold_fixes.json")
    fixes = json.load(open(fixes_path)) if os.path.exists(fixes_path) else {}
    if argv and argv[0] == "--dev":
        convs, fixes = load_dev(argv[1]), {}
    else:
        convs = load_train(argv)
    for rec in propose(convs, fixes):
        print(json.dumps(rec, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
