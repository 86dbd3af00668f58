//! Discussion prompts for each category of a pack.

use crate::model::top_level;

/// The discussion prompts for a category (at most three).
pub(super) fn prompts_for(id: &str) -> Vec<String> {
    let specific = match id {
        "sexualised.appearance" => {
            Some("Why is commenting on someone's body like this not okay, even if it is meant as a compliment?")
        }
        "sexualised.names" => Some("What does calling someone names like this do to how others see and treat them?"),
        "sexualised.jokes" => Some("When does a \"joke\" stop being funny, and who gets to decide?"),
        "sexualised.explicit" => {
            Some("Why is it harmful to push this kind of talk on someone who has not asked for it?")
        }
        "coercive.image_request" => {
            Some("What makes this request for a picture pressure rather than a free choice?")
        }
        "coercive.pressure" => Some("What pressure tactics can you see?"),
        "coercive.threat" => {
            Some("What is being threatened, and what could the person do straight away to stay safe?")
        }
        "coercive.exposure" => {
            Some("How does a threat to share something take away the other person's choice?")
        }
        "coercive.secrecy" => {
            Some("Why might someone ask for this to be kept secret, and why is that a warning sign?")
        }
        "victim_blaming.blame" => Some("Who is being blamed here, and who is actually responsible?"),
        "victim_blaming.minimising" => {
            Some("What happens when harm is brushed off as \"just banter\" or \"no big deal\"?")
        }
        "protective" => Some("What makes this a helpful response?"),
        _ => None,
    };
    let general: [&str; 2] = match top_level(id) {
        "sexualised" => [
            "How might the person being talked about feel if they saw this?",
            "What could a bystander say or do here?",
        ],
        "coercive" => [
            "How could the recipient say no, and who could they go to for help?",
            "What would a good friend do if they saw this conversation?",
        ],
        "victim_blaming" => [
            "How could comments like this stop someone from asking for help?",
            "What would a more supportive reply look like?",
        ],
        "protective" => [
            "What else could a friend say or do to help?",
            "Which trusted adults or services (a teacher, a parent or carer, Childline) could someone turn to?",
        ],
        _ => [
            "What is happening in this exchange, and how might each person feel?",
            "What could someone do or say to make things better?",
        ],
    };
    let mut out: Vec<String> = specific.into_iter().map(str::to_string).collect();
    if out.is_empty() && top_level(id) == "coercive" {
        out.push("What pressure tactics can you see?".to_string());
    }
    out.extend(general.iter().map(|s| s.to_string()));
    out.truncate(3);
    out
}
