//! Synthetic, non-graphic training data for the tests.

use super::data::TrainExample;

const FILLER: &[&str] = &[
    "see you at practice",
    "did you finish the homework",
    "good game last night",
    "my mum says hi",
    "the bus was late again",
    "what time is the match",
    "lol that video",
    "can you bring the charger",
    "maths test tomorrow",
    "we should go to the park",
    "that song is stuck in my head",
    "new trainers look good",
];
/// (label, phrases)
pub const CATEGORIES: &[(&str, &[&str])] = &[
    (
        "coercive.pressure",
        &[
            "u owe me",
            "if u cared u would",
            "just do it already",
            "stop being boring and do it",
        ],
    ),
    (
        "coercive.secrecy",
        &[
            "dont tell anyone",
            "keep this between us",
            "delete the chat after",
            "our little secret ok",
        ],
    ),
    (
        "protective",
        &[
            "tell a teacher",
            "block and report them",
            "you dont have to do that",
            "talk to your mum about it",
        ],
    ),
];

/// A small deterministic generator (its state is the field).
pub struct Lcg(pub u64);
impl Lcg {
    /// The next number in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

/// `n` examples: one or two filler phrases, and with some probability a phrase of one or
/// two categories (labelled with them).
pub fn examples(n: usize, seed: u64) -> Vec<TrainExample> {
    let mut r = Lcg(seed);
    (0..n)
        .map(|_| {
            let mut parts = vec![FILLER[r.below(FILLER.len())].to_string()];
            let mut labels = Vec::new();
            for (label, phrases) in CATEGORIES {
                if r.below(4) == 0 {
                    parts.push(phrases[r.below(phrases.len())].to_string());
                    labels.push(label.to_string());
                }
            }
            if r.below(2) == 0 {
                parts.push(FILLER[r.below(FILLER.len())].to_string());
            }
            // Shuffle the parts a little.
            let k = r.below(parts.len());
            parts.swap(0, k);
            labels.sort();
            TrainExample::new(parts.join(" "), labels)
        })
        .collect()
}

/// The labels of [`CATEGORIES`], in order.
pub fn label_set() -> Vec<String> {
    CATEGORIES.iter().map(|c| c.0.to_string()).collect()
}
