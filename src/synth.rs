//! `c2chat synth`: a deterministic synthetic corpus generator for scale tests. Templates are
//! non-graphic; about 5% of messages carry flaggable language. Conversations, speakers, two
//! years of timestamps and meta fields (platform, age_band, school_phase) are included.

use crate::error::Result;
use std::io::Write;

use crate::rng::SplitMix64;

const BENIGN: &[&str] = &[
    "hey how was school",
    "did u do the maths homework",
    "send me the pic of the homework pls",
    "what time is training tomorrow",
    "this homework is killing me",
    "lol that video was so funny",
    "are we still going to the cinema on saturday",
    "can u send the timetable",
    "don't tell her about the surprise party",
    "it's so hot today",
    "who won the match last night",
    "my mum says i can come round at 4",
    "i'll kill you if you spoil the ending",
    "gg that game was close",
    "have u finished the science report",
    "see u at the bus stop",
    "the teacher exposed our class for talking lol",
    "can u send a pic of your puppy",
    "what did u get for question 3",
    "brb dinner",
    "happy birthday!! 🎉",
    "we learned about online safety in pshe today",
    "ok cool",
    "haha yeah",
    "nah i'm tired, going to sleep",
];

const FLAGGED: &[&str] = &[
    "send me a pic of u",
    "pls send a pic just for me",
    "u owe me after everything",
    "everyone does it, don't be boring",
    "if u don't send it i'll show everyone",
    "i screenshotted it, it's going on the group chat",
    "don't tell anyone about this ok",
    "delete this after u read it",
    "she shouldn't have sent it then",
    "what did she expect tbh",
    "it was just banter, calm down",
    "boys will be boys innit",
    "that's not ok, leave her alone",
    "it's not your fault, tell a teacher",
    "block him and report it",
    "ur so fit, rate me out of 10",
];

const PLATFORMS: &[&str] = &["snapchat", "whatsapp", "instagram", "discord"];
const AGES: &[&str] = &["11-12", "13-14", "15-16"];

/// Generate `n` messages as CSV (the default column names plus platform, age_band, school_phase).
pub fn generate_csv<W: Write>(w: W, n: u64, seed: u64, flagged_share: f64) -> Result<()> {
    let mut rng = SplitMix64::from_state(seed ^ 0x9E37_79B9_7F4A_7C15);
    let mut out = csv::Writer::from_writer(w);
    out.write_record([
        "conversation_id",
        "message_id",
        "timestamp",
        "speaker",
        "text",
        "platform",
        "age_band",
        "school_phase",
    ])?;
    // Two years from 2024-09-01T00:00:00Z.
    let t0: i64 = 1_725_148_800;
    let span: i64 = 2 * 365 * 86_400;
    let threshold = (flagged_share.clamp(0.0, 1.0) * 1_000_000.0) as u64;
    let mut i = 0u64;
    let mut conv = 0u64;
    while i < n {
        conv += 1;
        let len = 3 + rng.below(10);
        let platform = *rng.pick(PLATFORMS);
        let age = *rng.pick(AGES);
        let phase = if age == "15-16" { "ks4" } else { "ks3" };
        let spk_base = rng.below(200_000);
        let mut t = t0 + rng.below(span as u64) as i64;
        for k in 0..len {
            if i >= n {
                break;
            }
            i += 1;
            let speaker = format!("spk_{:06}", spk_base + (k % 2));
            let text = if rng.below(1_000_000) < threshold {
                *rng.pick(FLAGGED)
            } else {
                *rng.pick(BENIGN)
            };
            t += 20 + rng.below(600) as i64;
            let ts = chrono::DateTime::from_timestamp(t, 0)
                .unwrap_or_default()
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
            out.write_record([
                format!("s{conv:08}").as_str(),
                format!("m{i:010}").as_str(),
                ts.as_str(),
                speaker.as_str(),
                text,
                platform,
                age,
                phase,
            ])?;
        }
    }
    out.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_and_sized() {
        let mut a = Vec::new();
        let mut b = Vec::new();
        generate_csv(&mut a, 500, 7, 0.05).unwrap();
        generate_csv(&mut b, 500, 7, 0.05).unwrap();
        assert_eq!(a, b);
        assert_eq!(String::from_utf8(a).unwrap().lines().count(), 501);
        let mut c = Vec::new();
        generate_csv(&mut c, 500, 8, 0.05).unwrap();
        assert_ne!(b, c);
    }

    #[test]
    fn flagged_share_is_about_right() {
        let mut a = Vec::new();
        generate_csv(&mut a, 20_000, 1, 0.05).unwrap();
        let s = String::from_utf8(a).unwrap();
        let flagged = s
            .lines()
            .filter(|l| FLAGGED.iter().any(|f| l.contains(f)))
            .count();
        assert!((800..1200).contains(&flagged), "{flagged}");
    }
}
