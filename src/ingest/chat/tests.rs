use super::*;
use crate::ingest::time::{DateOrder, TimeOptions};
use std::path::PathBuf;

const INSTAGRAM: &str = "instagram/messages/inbox/siobhanexample_10001/message_1.json";
const SNAPCHAT: &str = "snapchat/chat_history.json";
const TIKTOK: &str = "tiktok/user_data.json";

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/chat");

fn fixture(name: &str) -> (PathBuf, Vec<u8>) {
    let p = Path::new(FIXTURES).join(name);
    let b = std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    (p, b)
}

fn parse_fixture(format: ChatFormat, name: &str) -> ChatParse {
    let (p, b) = fixture(name);
    parse_chat(format, &p, &b).unwrap_or_else(|e| panic!("{e:#}"))
}

fn parse_err(format: ChatFormat, name: &str, bytes: &[u8]) -> String {
    match parse_chat(format, Path::new(name), bytes) {
        Ok(r) => panic!("{name}: expected an error, got {r:?}"),
        Err(e) => format!("{e:#}"),
    }
}

/// 1-based line of the first line of `text` containing `needle` (an independent count).
fn line_of(text: &str, needle: &str) -> u64 {
    text.lines()
        .position(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("{needle:?} not in text")) as u64
        + 1
}

fn speakers(p: &ChatParse) -> Vec<&str> {
    p.records.iter().map(|r| r.speaker_name.as_str()).collect()
}

// ---------------------------------------------------------------- detection

#[test]
fn detects_fixtures_by_extension_and_by_content() {
    let cases = [
        ("whatsapp_android.txt", Some(ChatFormat::WhatsApp)),
        ("whatsapp_ios.txt", Some(ChatFormat::WhatsApp)),
        ("whatsapp_bad.txt", None),
        ("telegram_result.json", Some(ChatFormat::Telegram)),
        ("telegram_full.json", Some(ChatFormat::Telegram)),
        ("telegram_bad.json", Some(ChatFormat::Telegram)),
        ("discord.json", Some(ChatFormat::Discord)),
        ("discord_bad.json", Some(ChatFormat::Discord)),
        ("sample.cha", Some(ChatFormat::Childes)),
        ("childes_bad.cha", Some(ChatFormat::Childes)),
        ("whatsapp_us.txt", Some(ChatFormat::WhatsApp)),
        ("telegram_same_name.json", Some(ChatFormat::Telegram)),
        ("discord_same_name.json", Some(ChatFormat::Discord)),
        (INSTAGRAM, Some(ChatFormat::Instagram)),
        (SNAPCHAT, Some(ChatFormat::Snapchat)),
        (TIKTOK, Some(ChatFormat::TikTok)),
    ];
    for (name, want) in cases {
        let (p, b) = fixture(name);
        assert_eq!(detect_format(&p, &b), want, "{name}");
        // A short head (cut mid-line, maybe mid-character) is enough.
        assert_eq!(
            detect_format(&p, &b[..b.len().min(200)]),
            want,
            "{name} head"
        );
        // Without a telling extension, content sniffing gives the same answer.
        assert_eq!(
            detect_format(Path::new("export.dat"), &b),
            want,
            "{name} sniffed"
        );
    }
    let (_, b) = fixture("whatsapp_android.txt");
    assert_eq!(detect_format(Path::new("x.csv"), &b), None);
    assert_eq!(detect_format(Path::new("x.json"), b"{\"a\": 1}"), None);
    assert_eq!(detect_format(Path::new("x.json"), b"[1, 2]"), None);
    assert_eq!(detect_format(Path::new("x"), b""), None);
    // A key-looking string inside a value is not a key.
    assert!(!has_json_key(r#"{"a": "\"guild\": 1"}"#, "guild"));
    assert!(has_json_key("{\"guild\" :\n{}}", "guild"));
}

#[test]
fn format_names_round_trip() {
    for f in ChatFormat::ALL {
        assert_eq!(ChatFormat::from_name(f.as_str()), Some(f));
        assert_eq!(ChatFormat::from_name(&f.as_str().to_uppercase()), Some(f));
    }
    assert_eq!(ChatFormat::from_name("cha"), Some(ChatFormat::Childes));
    assert_eq!(ChatFormat::from_name("csv"), None);
}

// ---------------------------------------------------------------- WhatsApp

#[test]
fn whatsapp_android_fixture() {
    let (_, bytes) = fixture("whatsapp_android.txt");
    let text = String::from_utf8(bytes).unwrap();
    let p = parse_fixture(ChatFormat::WhatsApp, "whatsapp_android.txt");
    // Every timestamped line is either a record or a system entry.
    let stamped = text
        .lines()
        .filter(|l| l.starts_with("0") || l.starts_with("1"))
        .count();
    assert_eq!(p.records.len() + p.system.len(), stamped);
    assert!(p.skipped.is_empty());
    assert_eq!(p.records.len(), 6);
    assert_eq!(
        speakers(&p),
        ["Alex", "Sam", "Jordan", "Sam", "Alex", "Jordan"]
    );
    let lines: Vec<u64> = p.records.iter().map(|r| r.line).collect();
    assert_eq!(
        lines,
        [
            line_of(&text, "q4 yet"),
            line_of(&text, "page 52"),
            line_of(&text, "Media omitted"),
            line_of(&text, "banter"),
            line_of(&text, "ring me"),
            line_of(&text, "practice"),
        ]
    );
    let skipped: Vec<(u64, &str)> = p.system.iter().map(|(l, r)| (*l, r.as_str())).collect();
    assert_eq!(
        skipped,
        [
            (line_of(&text, "end-to-end"), "system line"),
            (line_of(&text, "created group"), "system line"),
            (line_of(&text, "added Sam"), "system line"),
            (line_of(&text, "was deleted"), "deleted message"),
            (line_of(&text, "Sam left"), "system line"),
        ]
    );
    let r = &p.records;
    assert_eq!(r[1].text, "yeah its on page 52\nthe one with the triangles");
    assert_eq!(r[0].timestamp.as_deref(), Some("2024-03-01T18:22:00Z"));
    // 13/03 only makes sense day-first.
    assert_eq!(r[5].timestamp.as_deref(), Some("2024-03-13T21:40:00Z"));
    assert_eq!(r[2].text, "<media>");
    assert_eq!(r[2].meta.get("media").map(String::as_str), Some("omitted"));
    assert_eq!(r[3].text, "it was just banter tbh");
    assert_eq!(r[3].meta.get("edited").map(String::as_str), Some("true"));
    for (i, rec) in r.iter().enumerate() {
        assert_eq!(rec.conversation_id, "whatsapp_android");
        assert_eq!(rec.message_id, format!("whatsapp_android-{}", i + 1));
        assert_eq!(
            rec.meta.get_index(0),
            Some((&"platform".to_string(), &"whatsapp".to_string()))
        );
        assert!(chrono::DateTime::parse_from_rfc3339(rec.timestamp.as_deref().unwrap()).is_ok());
    }
}

#[test]
fn whatsapp_ios_fixture() {
    let (_, bytes) = fixture("whatsapp_ios.txt");
    let text = String::from_utf8(bytes).unwrap();
    // Every date is 01/03 or 02/03, which both orders allow: the file cannot decide.
    let (path, _) = fixture("whatsapp_ios.txt");
    let e = parse_err(ChatFormat::WhatsApp, "whatsapp_ios.txt", text.as_bytes());
    assert!(e.contains("--date-order dmy"), "{e}");
    let p = parse_with(
        ChatFormat::WhatsApp,
        &path,
        text.as_bytes(),
        Some(DateOrder::Dmy),
        "UTC",
    )
    .unwrap();
    let stamped = text
        .lines()
        .filter(|l| l.trim_start_matches('\u{200e}').starts_with('['))
        .count();
    assert_eq!(p.records.len() + p.system.len(), stamped);
    assert_eq!(
        speakers(&p),
        ["Alex", "Sam", "Jordan", "Alex", "Sam", "Jordan", "Alex"]
    );
    assert_eq!(
        p.system,
        [
            (line_of(&text, "end-to-end"), "system line".to_string()),
            (line_of(&text, "added Sam"), "system line".to_string()),
            (line_of(&text, "Jordan left"), "system line".to_string()),
        ]
    );
    let r = &p.records;
    // Multi-line message, blank line kept.
    assert_eq!(r[1].text, "nearly\njust need the title\n\nand the pictures");
    assert_eq!(r[1].line, line_of(&text, "nearly"));
    // 12-hour clock with U+202F: pm, 11:59 pm, 12 am (midnight), 12 pm (noon).
    assert_eq!(r[0].timestamp.as_deref(), Some("2024-03-01T18:22:05Z"));
    assert_eq!(r[4].timestamp.as_deref(), Some("2024-03-01T23:59:59Z"));
    assert_eq!(r[5].timestamp.as_deref(), Some("2024-03-02T00:00:01Z"));
    assert_eq!(r[6].timestamp.as_deref(), Some("2024-03-02T12:30:00Z"));
    // image omitted (line starting with U+200E), <Media omitted>, <attached: ...>.
    for rec in &r[2..5] {
        assert_eq!(rec.text, "<media>");
        assert_eq!(rec.meta.get("media").map(String::as_str), Some("omitted"));
    }
    assert_eq!(r[2].line, line_of(&text, "image omitted"));
    assert!(r[5].meta.get("media").is_none());
}

fn parse_with(
    format: ChatFormat,
    path: &Path,
    bytes: &[u8],
    order: Option<DateOrder>,
    tz: &str,
) -> Result<ChatParse> {
    let time = TimeOptions {
        format: None,
        date_order: order,
        timezone: tz.parse().unwrap(),
    };
    let ctx = ParseContext {
        time: &time,
        conversation_id: &hashed_conversation_id,
        file_tag: None,
    };
    parse_chat_with(format, path, bytes, &ctx)
}

/// A WhatsApp text read with `--date-order dmy`.
fn wa(text: &str) -> Result<ChatParse> {
    parse_with(
        ChatFormat::WhatsApp,
        Path::new("chat.txt"),
        text.as_bytes(),
        Some(DateOrder::Dmy),
        "UTC",
    )
}

/// A WhatsApp text read with default options (the order decided by the file alone).
fn wa_auto(text: &str) -> Result<ChatParse> {
    parse_chat(ChatFormat::WhatsApp, Path::new("chat.txt"), text.as_bytes())
}

#[test]
fn whatsapp_variants() {
    // dd/mm/yy with a 12-hour clock and U+202F before "pm", CRLF line ends.
    let p = wa(
        "01/03/24, 6:05\u{202f}pm - Alex: hi\r\nsecond line\r\n02/03/24, 12:00 am - Sam: yo\r\n",
    )
    .unwrap();
    assert_eq!(
        p.records[0].timestamp.as_deref(),
        Some("2024-03-01T18:05:00Z")
    );
    assert_eq!(p.records[0].text, "hi\nsecond line");
    assert_eq!(
        p.records[1].timestamp.as_deref(),
        Some("2024-03-02T00:00:00Z")
    );
    // The iOS edited marker comes after a U+200E.
    let p =
        wa("[01/03/2024, 10:00:00] Alex: see u there \u{200e}<This message was edited>\n").unwrap();
    assert_eq!(p.records[0].text, "see u there");
    assert_eq!(
        p.records[0].meta.get("edited").map(String::as_str),
        Some("true")
    );
    // "p. m." style markers (Spanish locales).
    let p = wa("1/3/24, 6:05\u{a0}p.\u{a0}m. - Alex: hola\n").unwrap();
    assert_eq!(
        p.records[0].timestamp.as_deref(),
        Some("2024-03-01T18:05:00Z")
    );
    // Month-first (US) exports are recognised by a second field above 12.
    let p = wa_auto("3/1/24, 10:00 - Alex: a\n3/13/24, 10:00 - Sam: b\n").unwrap();
    assert_eq!(
        p.records[0].timestamp.as_deref(),
        Some("2024-03-01T10:00:00Z")
    );
    assert_eq!(
        p.records[1].timestamp.as_deref(),
        Some("2024-03-13T10:00:00Z")
    );
    // Both orders in one file is an error naming the later line.
    let e = wa_auto("13/01/24, 10:00 - Alex: a\n01/13/24, 10:00 - Sam: b\n").unwrap_err();
    assert!(format!("{e}").starts_with("chat.txt:2: "), "{e}");
    // A date that does not exist.
    let e = wa("01/03/2024, 10:00 - Alex: a\n31/02/2024, 10:00 - Sam: b\n").unwrap_err();
    assert!(
        format!("{e}").starts_with("chat.txt:2: invalid date"),
        "{e}"
    );
    let e = wa("01/03/2024, 13:00 pm - Alex: a\n").unwrap_err();
    assert!(format!("{e}").starts_with("chat.txt:1: "), "{e}");
    // Names: bidi marks around phone numbers, the "~ " prefix for non-contacts.
    let p = wa("01/03/2024, 10:00 - \u{202a}+44 7700 900123\u{202c}: hey\n\
                01/03/2024, 10:01 - ~\u{202f}Sam: ok\n")
    .unwrap();
    assert_eq!(speakers(&p), ["+44 7700 900123", "Sam"]);
    // A subject change quoting a colon is a system line, not a message from `Alex changed...`.
    let p = wa(
        "01/03/2024, 10:00 - Alex changed the subject to \"plans: friday\"\n\
                01/03/2024, 10:01 - Alex: ok\n",
    )
    .unwrap();
    assert_eq!(p.system, [(1, "system line".to_string())]);
    assert_eq!(p.records.len(), 1);
    // Continuation lines of a system line are not glued to the next message.
    let p = wa("01/03/2024, 10:00 - Alex added Sam\nand Jordan\n01/03/2024, 10:01 - Sam: hi\n")
        .unwrap();
    assert_eq!(p.records[0].text, "hi");
    // An attachment with a caption keeps the caption as text.
    let p = wa("01/03/2024, 10:00 - Sam: IMG-20240301-WA0001.jpg (file attached)\nat the park\n")
        .unwrap();
    assert_eq!(p.records[0].text, "at the park");
    assert_eq!(
        p.records[0].meta.get("media").map(String::as_str),
        Some("omitted")
    );
    // iOS without seconds, leading blank lines and a BOM are fine.
    let p = wa("\u{feff}\n\n[01/03/2024, 10:00] Alex: x\n").unwrap();
    assert_eq!(p.records[0].line, 3);
    assert_eq!(
        p.records[0].timestamp.as_deref(),
        Some("2024-03-01T10:00:00Z")
    );
}

#[test]
fn whatsapp_errors() {
    let (p, b) = fixture("whatsapp_bad.txt");
    let e = format!(
        "{:#}",
        parse_chat(ChatFormat::WhatsApp, &p, &b).unwrap_err()
    );
    assert!(
        e.contains("whatsapp_bad.txt:1: expected a WhatsApp line"),
        "{e}"
    );
    let e = wa("\n\nnot a chat\n01/03/2024, 10:00 - Alex: x\n").unwrap_err();
    assert!(format!("{e}").starts_with("chat.txt:3: "), "{e}");
    assert!(format!("{}", wa("").unwrap_err()).starts_with("chat.txt:1: empty file"));
}

// ---------------------------------------------------------------- Telegram

#[test]
fn telegram_single_chat_fixture() {
    let (_, bytes) = fixture("telegram_result.json");
    let text = String::from_utf8(bytes).unwrap();
    let p = parse_fixture(ChatFormat::Telegram, "telegram_result.json");
    // The message object's `{` is on the line before its `"id"`.
    let obj_line = |id: u32| line_of(&text, &format!("\"id\": {id},")) - 1;
    assert_eq!(
        p.system,
        [(obj_line(101), "service message (phone_call)".to_string())]
    );
    assert!(p.skipped.is_empty());
    let ids: Vec<&str> = p.records.iter().map(|r| r.message_id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "4000000001-102",
            "4000000001-103",
            "4000000001-104",
            "4000000001-105"
        ]
    );
    let lines: Vec<u64> = p.records.iter().map(|r| r.line).collect();
    assert_eq!(
        lines,
        [obj_line(102), obj_line(103), obj_line(104), obj_line(105)]
    );
    assert_eq!(speakers(&p), ["Alex", "Sam", "Alex", "Sam"]);
    let r = &p.records;
    assert!(r.iter().all(|r| r.conversation_id == "4000000001"));
    assert_eq!(r[0].text, "are u coming to the match");
    assert_eq!(r[0].timestamp.as_deref(), Some("2024-03-01T18:22:05Z"));
    // Entity array concatenated.
    assert_eq!(r[1].text, "yes definitely see @fake_handle_01 there");
    assert_eq!(
        r[1].meta.get("reply_to_message_id").map(String::as_str),
        Some("102")
    );
    // A photo without a caption is the media placeholder (it was rejected as empty before).
    assert_eq!(r[2].text, "<media>");
    assert_eq!(r[2].meta.get("media").map(String::as_str), Some("photo"));
    // The account id is kept beside the display name.
    assert_eq!(r[0].speaker_id.as_deref(), Some("user1000000001"));
    assert_eq!(r[3].text, "u owe me for the ticket\nits 5 quid");
    assert_eq!(r[3].meta.get("edited").map(String::as_str), Some("true"));
    assert_eq!(
        r[0].meta.get("platform").map(String::as_str),
        Some("telegram")
    );
    assert_eq!(
        r[0].meta.get("chat_type").map(String::as_str),
        Some("personal_chat")
    );
}

#[test]
fn telegram_full_export_fixture() {
    let (_, bytes) = fixture("telegram_full.json");
    let text = String::from_utf8(bytes).unwrap();
    let p = parse_fixture(ChatFormat::Telegram, "telegram_full.json");
    let obj_line = |id: u32| line_of(&text, &format!("\"id\": {id},")) - 1;
    assert_eq!(
        p.system,
        [(obj_line(1), "service message (create_group)".to_string())]
    );
    assert_eq!(p.records.len(), 2);
    let r = &p.records;
    assert_eq!(
        (r[0].conversation_id.as_str(), r[0].message_id.as_str()),
        ("4000000002", "4000000002-2")
    );
    assert_eq!(r[0].line, obj_line(2));
    assert_eq!(r[0].meta.get("forwarded").map(String::as_str), Some("true"));
    assert_eq!(
        (r[1].conversation_id.as_str(), r[1].message_id.as_str()),
        ("4000000003", "4000000003-7")
    );
    assert_eq!(r[1].line, obj_line(7));
    // "from": null falls back to from_id.
    assert_eq!(r[1].speaker_name, "user1000000004");
    assert_eq!(r[1].text, "https://example.com/kit is the kit list");
}

#[test]
fn telegram_errors() {
    let (p, b) = fixture("telegram_bad.json");
    let e = format!(
        "{:#}",
        parse_chat(ChatFormat::Telegram, &p, &b).unwrap_err()
    );
    let last = String::from_utf8(b.clone()).unwrap().lines().count() as u64;
    assert!(
        e.contains(&format!("telegram_bad.json:{}: invalid JSON", last + 1)),
        "{e}"
    );
    // Cut without a trailing newline: reported as truncated, on the last line.
    let cut = &b[..b.len() - 1];
    let e = parse_err(ChatFormat::Telegram, "t.json", cut);
    assert!(
        e.starts_with(&format!("t.json:{last}: truncated JSON")),
        "{e}"
    );
    let e = parse_err(ChatFormat::Telegram, "t.json", b"[1]");
    assert!(
        e.starts_with("t.json:1: expected a Telegram export object"),
        "{e}"
    );
    let e = parse_err(ChatFormat::Telegram, "t.json", b"{\"a\": 1}");
    assert!(e.starts_with("t.json:1: expected a Telegram export"), "{e}");
    let e = parse_err(
        ChatFormat::Telegram,
        "t.json",
        b"{\n\"id\": 1,\n\"messages\": 5}",
    );
    assert!(e.starts_with("t.json:3: \"messages\" is a number"), "{e}");
    let e = parse_err(
        ChatFormat::Telegram,
        "t.json",
        b"{\"chats\":\n {\"list\": [\n  {}, 7]}}",
    );
    assert!(e.starts_with("t.json:3: chats.list[1] is a number"), "{e}");
    // Bad records are skipped with a reason, not fatal.
    let p = parse_chat(
        ChatFormat::Telegram,
        Path::new("t.json"),
        br#"{"id": 9, "messages": [3, {"type": "message"}, {"type": "message", "id": 2, "date": "yesterday"}, {"type": "message", "id": 3, "text": 5}, {"type": "sticker", "id": 4}]}"#,
    )
    .unwrap();
    let reasons: Vec<&str> = p.skipped.iter().map(|(_, r)| r.as_str()).collect();
    assert_eq!(
        reasons,
        [
            "message is a number, not an object",
            "missing \"id\"",
            "unparsable \"date\" \"yesterday\"",
            "unsupported \"text\" value (expected a string or an array)",
            "unsupported message type \"sticker\"",
        ]
    );
    assert!(p.records.is_empty());
}

// ---------------------------------------------------------------- Discord

#[test]
fn discord_fixture() {
    let (_, bytes) = fixture("discord.json");
    let text = String::from_utf8(bytes).unwrap();
    let p = parse_fixture(ChatFormat::Discord, "discord.json");
    let obj_line = |id: u32| line_of(&text, &format!("\"id\": \"900000000000000{id}\",")) - 1;
    assert!(p.skipped.is_empty());
    assert_eq!(
        p.system,
        [
            (
                obj_line(104),
                "system message (ChannelPinnedMessage)".to_string()
            ),
            (
                obj_line(105),
                "system message (GuildMemberJoin)".to_string()
            ),
        ]
    );
    assert_eq!(speakers(&p), ["Alex", "sam_k", "Jordan", "StudyBot"]);
    let lines: Vec<u64> = p.records.iter().map(|r| r.line).collect();
    assert_eq!(
        lines,
        [obj_line(101), obj_line(102), obj_line(103), obj_line(106)]
    );
    let r = &p.records;
    assert!(r.iter().all(|r| r.conversation_id == "900000000000000010"));
    assert_eq!(r[0].message_id, "900000000000000101");
    assert_eq!(
        r[0].timestamp.as_deref(),
        Some("2024-03-01T18:22:05.123+00:00")
    );
    assert_eq!(r[1].text, "no\nask miss tomorrow, she won't mind");
    assert_eq!(
        r[1].meta.get("reply_to").map(String::as_str),
        Some("900000000000000101")
    );
    // Attachment-only: the media placeholder (it was rejected as empty before).
    assert_eq!(r[2].text, "<media>");
    assert_eq!(r[2].meta.get("attachments").map(String::as_str), Some("2"));
    assert!(r[0].meta.get("attachments").is_none());
    assert_eq!(
        r[3].timestamp.as_deref(),
        Some("2024-03-01T19:30:00.5+01:00")
    );
    assert_eq!(r[3].meta.get("bot").map(String::as_str), Some("true"));
    assert_eq!(r[3].meta.get("edited").map(String::as_str), Some("true"));
    assert!(r
        .iter()
        .all(|r| r.meta.get("platform").map(String::as_str) == Some("discord")));
}

#[test]
fn discord_errors() {
    let (p, b) = fixture("discord_bad.json");
    let text = String::from_utf8(b.clone()).unwrap();
    let e = format!("{:#}", parse_chat(ChatFormat::Discord, &p, &b).unwrap_err());
    let want = format!(
        "discord_bad.json:{}: \"messages\" is an object, not an array",
        line_of(&text, "\"messages\"")
    );
    assert!(e.contains(&want), "{e}");
    let e = parse_err(ChatFormat::Discord, "d.json", b"{\"messages\": []}");
    assert!(e.starts_with("d.json:1: missing \"channel\".\"id\""), "{e}");
    let e = parse_err(
        ChatFormat::Discord,
        "d.json",
        b"{\"channel\": {\"id\": \"1\"}}",
    );
    assert!(
        e.starts_with("d.json:1: expected a DiscordChatExporter export"),
        "{e}"
    );
    let e = parse_err(
        ChatFormat::Discord,
        "d.json",
        b"{\"channel\": {\"id\": \"1\"},\n\"messages\": [\n",
    );
    assert!(e.starts_with("d.json:3: truncated JSON"), "{e}");
    let p = parse_chat(
        ChatFormat::Discord,
        Path::new("d.json"),
        b"{\"channel\": {\"id\": 1}, \"messages\": [\n{\"id\": \"5\", \"timestamp\": \"noon\", \"author\": {\"name\": \"a\"}},\n{\"id\": \"6\", \"content\": \"x\"}]}",
    )
    .unwrap();
    assert_eq!(
        p.skipped,
        [
            (2, "unparsable \"timestamp\" \"noon\"".to_string()),
            (3, "missing \"author\" name".to_string()),
        ]
    );
}

// ---------------------------------------------------------------- CHILDES

#[test]
fn childes_fixture() {
    let (_, bytes) = fixture("sample.cha");
    let text = String::from_utf8(bytes).unwrap();
    let p = parse_fixture(ChatFormat::Childes, "sample.cha");
    let utterances = text.lines().filter(|l| l.starts_with('*')).count();
    assert_eq!(p.records.len(), utterances);
    assert!(p.skipped.is_empty());
    // INV is declared on a continuation line of @Participants.
    assert_eq!(
        speakers(&p),
        [
            "INV (Investigator)",
            "CHI (Target_Child)",
            "MOT (Mother)",
            "CHI (Target_Child)"
        ]
    );
    let lines: Vec<u64> = p.records.iter().map(|r| r.line).collect();
    assert_eq!(
        lines,
        [
            line_of(&text, "*INV:"),
            line_of(&text, "poster about"),
            line_of(&text, "*MOT:"),
            line_of(&text, "grown up"),
        ]
    );
    let r = &p.records;
    assert!(r
        .iter()
        .all(|r| r.timestamp.as_deref() == Some("2020-01-01T00:00:00Z")));
    assert!(r.iter().all(|r| r.conversation_id == "sample"));
    assert_eq!(r[3].message_id, "sample-4");
    // Bullets stripped from text, kept in meta; continuation joined with a space.
    assert_eq!(r[0].text, "what did you do at school today ?");
    assert_eq!(r[0].meta.get("bullet").map(String::as_str), Some("0_2500"));
    assert_eq!(r[1].text, "we made a poster about keeping safe online .");
    assert!(!r.iter().any(|r| r.text.contains('\u{15}')));
    // Dependent tiers, with a continued %mor and a repeated %com.
    assert_eq!(
        r[0].meta.get("com").map(String::as_str),
        Some("child points at drawing")
    );
    assert!(r[1]
        .meta
        .get("mor")
        .is_some_and(|m| m.ends_with("part|keep-PRESP adj|safe adv|online .")));
    assert_eq!(r[3].meta.get("act").map(String::as_str), Some("draws"));
    assert_eq!(
        r[3].meta.get("com").map(String::as_str),
        Some("laughs\nlooks up")
    );
    assert!(r[2].meta.get("com").is_none());
    let keys: Vec<&str> = r[3].meta.keys().map(String::as_str).collect();
    assert_eq!(keys, ["platform", "act", "com"]);
}

fn cha(text: &str) -> String {
    parse_err(ChatFormat::Childes, "t.cha", text.as_bytes())
}

#[test]
fn childes_errors() {
    let (p, b) = fixture("childes_bad.cha");
    let text = String::from_utf8(b.clone()).unwrap();
    let e = format!("{:#}", parse_chat(ChatFormat::Childes, &p, &b).unwrap_err());
    let want = format!(
        "childes_bad.cha:{}: speaker \"FAT\" is not declared",
        line_of(&text, "*FAT:")
    );
    assert!(e.contains(&want), "{e}");
    let e = cha("@Begin\n@Date:\t01-JAN-2020\n*CHI:\thi .\n@End\n");
    assert!(
        e.starts_with("t.cha:3: utterance before @Participants"),
        "{e}"
    );
    let e = cha("@Begin\n@End\n");
    assert!(e.starts_with("t.cha:1: missing @Participants"), "{e}");
    let e = cha("@Begin\n@Participants:\tCHI Target_Child\n*CHI:\thi .\n");
    assert!(e.starts_with("t.cha:3: missing @End"), "{e}");
    let e = cha("@Begin\n@Participants:\tCHI Target_Child\n%com:\tearly\n@End\n");
    assert!(
        e.starts_with("t.cha:3: dependent tier %com before any utterance"),
        "{e}"
    );
    let e = cha("@Begin\n@Participants:\tCHI Target_Child\n@Date:\t31-FEB-2020\n@End\n");
    assert!(e.starts_with("t.cha:3: @Date"), "{e}");
    let e = cha("@Begin\n@Participants:\tCHI\n@End\n");
    assert!(e.starts_with("t.cha:2: @Participants entry"), "{e}");
    let e = cha("@Begin\n@Participants:\tCHI Target_Child\nhello\n@End\n");
    assert!(e.starts_with("t.cha:3: expected a CHAT line"), "{e}");
    let e = cha("*CHI:\thi\n");
    assert!(e.starts_with("t.cha:1: utterance before @Begin"), "{e}");
    let e = cha("\tcontinued\n");
    assert!(e.starts_with("t.cha:1: continuation line"), "{e}");
    assert!(cha("").starts_with("t.cha:1: empty file"));
    // Without @Date there is no timestamp; lines after @End are reported.
    let p = parse_chat(
        ChatFormat::Childes,
        Path::new("t.cha"),
        b"@Begin\n@Participants:\tCHI Alex Target_Child\n*CHI:\thi .\n@End\n*CHI:\tlate .\n",
    )
    .unwrap();
    assert_eq!(p.records[0].timestamp, None);
    assert_eq!(p.records[0].speaker_name, "CHI (Target_Child)");
    assert_eq!(p.skipped, [(5, "line after @End".to_string())]);
}

// ---------------------------------------------------------------- robustness

#[test]
fn invalid_utf8_names_file_and_line() {
    for f in ChatFormat::ALL {
        let bytes = b"line one\nline two\nbad \xff byte\n";
        let e = parse_err(f, "dir/x.in", bytes);
        assert!(e.starts_with("dir/x.in:3: invalid UTF-8"), "{f:?}: {e}");
    }
}

#[test]
fn json_positions_survive_tricky_strings() {
    let text = "{\"a\": \"}]{[\\\"messages\\\": [\",\n \"messages\": [\n  \"x\\\\\", {\"messages\": []},\n  [1, {\"k\": \"v\"}],\n  -1.5e3, null\n ]}";
    let v: Value = serde_json::from_str(text).unwrap();
    assert_eq!(v["messages"].as_array().map(Vec::len), Some(5));
    let pos = jsonpos::scan(text, &["messages"]);
    assert_eq!(pos.key_line("/messages"), 2);
    assert_eq!(
        pos.elems.get("/messages").cloned(),
        Some(vec![3, 3, 4, 5, 5])
    );
    assert_eq!(pos.key_line("/messages/1/messages"), 3);
    assert_eq!(pos.elem_line("/nothing", 4), 5);
}

const ALL_FIXTURES: &[&str] = &[
    "whatsapp_us.txt",
    "telegram_same_name.json",
    "discord_same_name.json",
    INSTAGRAM,
    SNAPCHAT,
    TIKTOK,
    "whatsapp_android.txt",
    "whatsapp_ios.txt",
    "whatsapp_bad.txt",
    "telegram_result.json",
    "telegram_full.json",
    "telegram_bad.json",
    "discord.json",
    "discord_bad.json",
    "sample.cha",
    "childes_bad.cha",
];

/// Parse with every reader; an error must name the file.
fn survive(path: &Path, bytes: &[u8]) {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let _ = detect_format(path, bytes);
    for f in ChatFormat::ALL {
        if let Err(e) = parse_chat(f, path, bytes) {
            assert!(format!("{e}").contains(name), "{f:?}: {e}");
        }
    }
}

#[test]
fn truncated_fixtures_never_panic() {
    for name in ALL_FIXTURES {
        let (p, b) = fixture(name);
        for cut in 0..b.len() {
            survive(&p, &b[..cut]);
        }
    }
}

#[test]
fn random_and_mutated_bytes_never_panic() {
    let mut rng = crate::rng::SplitMix64::from_state(1);
    let interesting: &[u8] = b"\n\r\t \"\\{}[],:*%@/-01239apm~\x15\xe2\x80\x8e\xaf\xff";
    for i in 0..300 {
        let len = rng.index(200);
        let bytes: Vec<u8> = (0..len)
            .map(|_| {
                if i % 2 == 0 {
                    rng.next_u64() as u8
                } else {
                    interesting[rng.index(interesting.len())]
                }
            })
            .collect();
        survive(Path::new("random.bin"), &bytes);
    }
    for name in ALL_FIXTURES {
        let (p, b) = fixture(name);
        for _ in 0..150 {
            let mut m = b.clone();
            for _ in 0..1 + rng.index(4) {
                let at = rng.index(m.len());
                match rng.index(3) {
                    0 => m[at] = interesting[rng.index(interesting.len())],
                    1 => {
                        m.remove(at);
                    }
                    _ => m.insert(at, interesting[rng.index(interesting.len())]),
                }
            }
            survive(&p, &m);
        }
    }
}

// ---------------------------------------------------------------- issue 14: dates, system lines, media, accounts

#[test]
fn whatsapp_us_dates_are_not_silently_day_first() {
    // Regression: `3/12/24, 4:04 PM` (U+202F before PM) was read as 3 December because no
    // line had a field above 12.
    let (path, bytes) = fixture("whatsapp_us.txt");
    let e = parse_err(ChatFormat::WhatsApp, "whatsapp_us.txt", &bytes);
    assert!(e.starts_with("whatsapp_us.txt:1: cannot tell"), "{e}");
    assert!(e.contains("--date-order"), "{e}");
    let p = parse_with(
        ChatFormat::WhatsApp,
        &path,
        &bytes,
        Some(DateOrder::Mdy),
        "UTC",
    )
    .unwrap();
    assert_eq!(
        p.records[0].timestamp.as_deref(),
        Some("2024-03-12T16:06:00Z")
    );
    assert_eq!(p.records[0].text, "see you at 4:30 at the gate");
    assert_eq!(p.records[1].text, "<media>");
    // Encryption notice, group creation, a join and a leave: system, not skipped.
    let why: Vec<&str> = p.system.iter().map(|(_, w)| w.as_str()).collect();
    assert_eq!(why, ["system line"; 4]);
    assert!(p.skipped.is_empty());
    // --timezone: 4:06 PM in New York (EDT from 10 March 2024) is 20:06 UTC.
    let p = parse_with(
        ChatFormat::WhatsApp,
        &path,
        &bytes,
        Some(DateOrder::Mdy),
        "America/New_York",
    )
    .unwrap();
    assert_eq!(
        p.records[0].timestamp.as_deref(),
        Some("2024-03-12T20:06:00Z")
    );
}

#[test]
fn whatsapp_order_from_the_whole_file() {
    // A second field above 12 anywhere in the file decides month-first.
    let p = wa_auto("3/12/24, 4:04 PM - Alex: a\n3/13/24, 9:00 AM - Sam: b\n").unwrap();
    assert_eq!(
        p.records[0].timestamp.as_deref(),
        Some("2024-03-12T16:04:00Z")
    );
    // Dates that only go forwards under one order decide it (12 March, then 1 April).
    let p = wa_auto("3/12/24, 10:00 - Alex: a\n4/1/24, 10:00 - Sam: b\n").unwrap();
    assert_eq!(
        p.records[1].timestamp.as_deref(),
        Some("2024-04-01T10:00:00Z")
    );
    // The flag decides what the file cannot, and may not contradict it.
    let e = parse_with(
        ChatFormat::WhatsApp,
        Path::new("chat.txt"),
        b"13/03/24, 10:00 - Alex: a\n",
        Some(DateOrder::Mdy),
        "UTC",
    )
    .unwrap_err();
    assert!(
        format!("{e}").starts_with("chat.txt:1: this date is day-first"),
        "{e}"
    );
    assert!(format!("{e}").contains("--date-order mdy"), "{e}");
}

#[test]
fn whatsapp_iso_dates_and_system_lines() {
    let p = wa_auto(
        "2024-03-12 16:04 - Messages and calls are end-to-end encrypted.\n\
         2024-03-12 16:04 - Sam joined using this group's invite link\n\
         2024-03-12 16:05 - Alex: see you at 4\n\
         [2024-03-12, 16:06:05] Sam: ok\n\
         [2024-03-12, 16:07:00] Year 9: You created group \"Year 9\"\n\
         2024-03-12 16:08 - Alex added Sam\n\
         2024-03-12 16:09 - Alex changed the subject from \"a\" to \"b\"\n\
         2024-03-12 16:10 - Sam left\n",
    )
    .unwrap();
    assert_eq!(speakers(&p), ["Alex", "Sam"]);
    assert_eq!(
        p.records[0].timestamp.as_deref(),
        Some("2024-03-12T16:05:00Z")
    );
    assert_eq!(
        p.records[1].timestamp.as_deref(),
        Some("2024-03-12T16:06:05Z")
    );
    let lines: Vec<u64> = p.system.iter().map(|(l, _)| *l).collect();
    assert_eq!(lines, [1, 2, 5, 6, 7, 8]);
    assert!(p.skipped.is_empty());
}

#[test]
fn bracketed_dmy_ios_lines_with_a_day_above_12() {
    let p = wa_auto("[12/03/2024, 16:04:05] Alex: hi\n[13/03/2024, 09:00:00] Sam: yo\n").unwrap();
    assert_eq!(
        p.records[0].timestamp.as_deref(),
        Some("2024-03-12T16:04:05Z")
    );
}

#[test]
fn telegram_and_discord_keep_accounts_apart() {
    // Regression: two accounts with the display name "Alex" were one speaker.
    let p = parse_fixture(ChatFormat::Telegram, "telegram_same_name.json");
    assert_eq!(speakers(&p), ["Alex", "Alex", "Alex"]);
    let ids: Vec<Option<&str>> = p.records.iter().map(|r| r.speaker_id.as_deref()).collect();
    assert_eq!(
        ids,
        [
            Some("user1000000011"),
            Some("user1000000012"),
            Some("user1000000011")
        ]
    );
    assert_eq!(p.records[2].text, "<media>");
    assert_eq!(p.system.len(), 1);
    let p = parse_fixture(ChatFormat::Discord, "discord_same_name.json");
    let ids: Vec<Option<&str>> = p.records.iter().map(|r| r.speaker_id.as_deref()).collect();
    assert_eq!(
        ids,
        [
            Some("900000000000002001"),
            Some("900000000000002002"),
            Some("900000000000002001")
        ]
    );
    assert_eq!(speakers(&p), ["Alex", "Alex", "Alex"]);
    assert_eq!(p.records[2].text, "<media>");
    let (_, bytes) = fixture("discord_same_name.json");
    let text = String::from_utf8(bytes).unwrap();
    assert_eq!(
        p.system,
        [(
            line_of(&text, "\"id\": \"900000000000000204\"") - 1,
            "system message (GuildMemberJoin)".to_string()
        )]
    );
}

#[test]
fn instagram_fixture() {
    let (path, bytes) = fixture(INSTAGRAM);
    let text = String::from_utf8(bytes.clone()).unwrap();
    let p = parse_fixture(ChatFormat::Instagram, INSTAGRAM);
    // Mojibake repaired: UTF-8 bytes written as Latin-1 code points.
    assert_eq!(
        speakers(&p),
        [
            "Siobhán Example",
            "Alex Example",
            "Siobhán Example",
            "Alex Example"
        ]
    );
    let r = &p.records;
    assert_eq!(r[0].text, "ok see you at 4 \u{1F600}");
    assert_eq!(r[0].timestamp.as_deref(), Some("2024-03-12T16:06:00Z"));
    assert_eq!(r[3].text, "did Siobhán finish the poster");
    // A photo and a share without text of their own are media.
    assert_eq!(r[1].text, "<media>");
    assert_eq!(r[1].meta.get("media").map(String::as_str), Some("photos"));
    assert_eq!(r[2].text, "<media>");
    assert!(r.iter().all(|r| r.speaker_id.is_none()));
    // The like is a system entry; lines are those of the message objects.
    assert_eq!(
        p.system,
        [(
            line_of(&text, "Liked a message") - 3,
            "reaction".to_string()
        )]
    );
    assert_eq!(r[0].line, line_of(&text, "ok see you at 4") - 3);
    // Ids never carry the thread folder (named after people) or any name.
    let conv = hashed_conversation_id("instagram:siobhanexample_10001");
    for rec in r {
        assert_eq!(rec.conversation_id, conv);
        assert!(rec.message_id.starts_with(&format!("{conv}-message_1-")));
        assert!(!rec.message_id.to_lowercase().contains("siobh"));
        assert!(rec
            .meta
            .values()
            .all(|v| !v.contains("example.com") && !v.contains("Siobh")));
    }
    // Without thread_path the folder name gives the same id.
    let no_thread = text.replace("\"thread_path\": \"inbox/siobhanexample_10001\",", "");
    let p2 = parse_chat(ChatFormat::Instagram, &path, no_thread.as_bytes()).unwrap();
    assert_eq!(p2.records[0].conversation_id, conv);
    assert_eq!(
        super::instagram::repair_mojibake("Siobh\u{c3}\u{a1}n"),
        "Siobhán"
    );
    assert_eq!(super::instagram::repair_mojibake("Siobhán"), "Siobhán");
    assert_eq!(super::instagram::repair_mojibake("caf\u{e9}"), "caf\u{e9}");
    let e = parse_err(
        ChatFormat::Instagram,
        "m.json",
        b"{\"participants\": [],\n\"messages\": 3}",
    );
    assert!(e.starts_with("m.json:2: \"messages\" is a number"), "{e}");
}

#[test]
fn snapchat_fixture() {
    let (_, bytes) = fixture(SNAPCHAT);
    let text = String::from_utf8(bytes).unwrap();
    let p = parse_fixture(ChatFormat::Snapchat, SNAPCHAT);
    assert_eq!(
        speakers(&p),
        [
            "sam_k2011",
            "alex_b2010",
            "alex_b2010",
            "sam_k2011",
            "jo_r2011",
            "sam_k2011"
        ]
    );
    assert!(p
        .records
        .iter()
        .all(|r| r.speaker_id.as_deref() == Some(r.speaker_name.as_str())));
    let r = &p.records;
    assert_eq!(r[0].text, "send me a pic of the homework");
    assert_eq!(r[0].timestamp.as_deref(), Some("2024-03-12T16:04:05Z"));
    assert_eq!(r[1].text, "<media>");
    assert_eq!(r[5].text, "<media>");
    assert_eq!(r[5].meta.get("media").map(String::as_str), Some("sticker"));
    // An unsaved chat has no text: kept as a record, rejected downstream as empty.
    assert_eq!(r[3].text, "");
    assert_eq!(p.system.len(), 1);
    assert_eq!(p.system[0].1, "status message (STATUSERASEDMESSAGE)");
    let friend = hashed_conversation_id("snapchat:sam_k2011");
    assert_eq!(r[0].conversation_id, friend);
    assert_eq!(r[0].message_id, format!("{friend}-1"));
    assert_eq!(r[4].message_id, format!("{}-1", r[4].conversation_id));
    assert_ne!(r[4].conversation_id, friend);
    assert_eq!(r[0].line, line_of(&text, "send me a pic") - 4);
    assert!(r
        .iter()
        .all(|r| r.meta.values().all(|v| !v.contains("Netball"))));
    // The older download: Received/Sent lists, sent messages from the account owner.
    let old = br#"{"Received Saved Chat History": [{"From": "sam_k2011", "Media Type": "TEXT", "Created": "2021-05-01 10:00:00 UTC", "Text": "see you at 4"}],
"Sent Saved Chat History": [{"To": "sam_k2011", "Media Type": "MEDIA", "Created": "2021-05-01 10:01:00 UTC", "Text": ""}]}"#;
    let p = parse_chat(ChatFormat::Snapchat, Path::new("chat_history.json"), old).unwrap();
    assert_eq!(speakers(&p), ["sam_k2011", "(account owner)"]);
    assert_eq!(p.records[0].conversation_id, p.records[1].conversation_id);
    assert_eq!(p.records[1].text, "<media>");
    let e = parse_err(ChatFormat::Snapchat, "c.json", b"{\"a\": 1}");
    assert!(
        e.starts_with("c.json:1: expected a Snapchat chat history"),
        "{e}"
    );
}

#[test]
fn tiktok_fixture() {
    let (_, bytes) = fixture(TIKTOK);
    let text = String::from_utf8(bytes).unwrap();
    let p = parse_fixture(ChatFormat::TikTok, TIKTOK);
    assert_eq!(
        speakers(&p),
        ["jo_r2011", "alex_b2010", "jo_r2011", "sam_k2011"]
    );
    let r = &p.records;
    assert_eq!(r[1].text, "yes see you at 4");
    assert_eq!(r[0].timestamp.as_deref(), Some("2024-03-12T16:04:05Z"));
    assert_eq!(r[2].text, "<media>");
    assert_eq!(
        r[0].conversation_id,
        hashed_conversation_id("tiktok:jo_r2011")
    );
    assert_eq!(
        r[3].message_id,
        format!("{}-1", hashed_conversation_id("tiktok:sam_k2011"))
    );
    assert_eq!(r[1].line, line_of(&text, "yes see you at 4") - 3);
    assert_eq!(
        p.skipped,
        [(
            line_of(&text, "yesterday") - 1,
            "unparsable \"Date\" \"yesterday\"".to_string()
        )]
    );
    let e = parse_err(ChatFormat::TikTok, "user_data.json", b"{\"Activity\": {}}");
    assert!(
        e.starts_with("user_data.json:1: no \"Direct Messages\""),
        "{e}"
    );
}

#[test]
fn donation_messages_that_cannot_be_used_are_skipped_with_a_reason() {
    let p = parse_chat(
        ChatFormat::Instagram,
        Path::new("message_1.json"),
        b"{\"participants\": [],\n\"messages\": [\n{\"timestamp_ms\": 1},\n{\"sender_name\": \"A\", \"timestamp_ms\": \"x\"}]}",
    )
    .unwrap();
    assert_eq!(
        p.skipped,
        [
            (3, "missing \"sender_name\"".to_string()),
            (4, "missing or non-numeric \"timestamp_ms\"".to_string())
        ]
    );
    let p = parse_chat(
        ChatFormat::Snapchat,
        Path::new("chat_history.json"),
        b"{\"k\": [\n{\"Media Type\": \"TEXT\", \"Content\": \"hi\"},\n{\"From\": \"a\", \"Created\": \"soon\", \"Content\": \"hi\"}]}",
    )
    .unwrap();
    assert_eq!(
        p.skipped,
        [
            (2, "missing \"From\"".to_string()),
            (3, "unparsable \"Created\" \"soon\"".to_string())
        ]
    );
}
