//! Line numbers for JSON values: serde_json's `Value` forgets positions, so a light scan
//! of the (already validated) text finds the line of selected keys and of the elements
//! of arrays stored under those keys. Paths are JSON pointers (`/chats/list/0/messages`).

use std::collections::HashMap;

#[derive(Debug, Default)]
pub(super) struct Positions {
    /// Pointer of a value stored under a tracked key -> line of the key.
    pub keys: HashMap<String, u64>,
    /// Pointer of an array stored under a tracked key -> line of each element's start.
    pub elems: HashMap<String, Vec<u64>>,
}

impl Positions {
    /// Line of the key holding the value at `pointer`, or 1 if unknown.
    pub fn key_line(&self, pointer: &str) -> u64 {
        self.keys.get(pointer).copied().unwrap_or(1)
    }

    /// Line of element `i` of the array at `pointer`, or `i + 1` if unknown.
    pub fn elem_line(&self, pointer: &str, i: usize) -> u64 {
        self.elems
            .get(pointer)
            .and_then(|v| v.get(i))
            .copied()
            .unwrap_or(i as u64 + 1)
    }
}

enum Frame {
    Obj {
        ptr: String,
        key: Option<String>,
        expect_key: bool,
    },
    Arr {
        ptr: String,
        next: usize,
        track: bool,
    },
}

pub(super) fn escape(seg: &str) -> String {
    seg.replace('~', "~0").replace('/', "~1")
}

/// Index just past the string starting at `b[i] == b'"'`.
fn string_end(b: &[u8], i: usize) -> usize {
    let mut j = i + 1;
    while j < b.len() {
        match b[j] {
            b'\\' => j += 2,
            b'"' => return j + 1,
            _ => j += 1,
        }
    }
    b.len()
}

pub(super) fn scan(text: &str, tracked: &[&str]) -> Positions {
    let b = text.as_bytes();
    let mut pos = Positions::default();
    let mut stack: Vec<Frame> = Vec::new();
    let mut line = 1u64;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match c {
            b'\n' => {
                line += 1;
                i += 1;
            }
            b' ' | b'\t' | b'\r' | b':' => i += 1,
            b',' => {
                if let Some(Frame::Obj { expect_key, .. }) = stack.last_mut() {
                    *expect_key = true;
                }
                i += 1;
            }
            b'}' | b']' => {
                stack.pop();
                i += 1;
            }
            b'"' if matches!(
                stack.last(),
                Some(Frame::Obj {
                    expect_key: true,
                    ..
                })
            ) =>
            {
                let end = string_end(b, i);
                let raw = &text[i..end];
                let k: String = serde_json::from_str(raw).unwrap_or_else(|_| raw.to_string());
                if let Some(Frame::Obj {
                    ptr,
                    key,
                    expect_key,
                }) = stack.last_mut()
                {
                    if tracked.contains(&k.as_str()) {
                        pos.keys.insert(format!("{ptr}/{}", escape(&k)), line);
                    }
                    *key = Some(k);
                    *expect_key = false;
                }
                i = end;
            }
            _ => {
                // A value starts here.
                let container = c == b'{' || c == b'[';
                let mut child_ptr = String::new();
                let mut track = false;
                match stack.last_mut() {
                    None => {}
                    Some(Frame::Arr {
                        ptr,
                        next,
                        track: tr,
                    }) => {
                        if *tr {
                            pos.elems.entry(ptr.clone()).or_default().push(line);
                        }
                        if container {
                            child_ptr = format!("{ptr}/{next}");
                        }
                        *next += 1;
                    }
                    Some(Frame::Obj { ptr, key, .. }) => {
                        let k = key.as_deref().unwrap_or("");
                        track = tracked.contains(&k);
                        if container {
                            child_ptr = format!("{ptr}/{}", escape(k));
                        }
                    }
                }
                match c {
                    b'{' => {
                        stack.push(Frame::Obj {
                            ptr: child_ptr,
                            key: None,
                            expect_key: true,
                        });
                        i += 1;
                    }
                    b'[' => {
                        stack.push(Frame::Arr {
                            ptr: child_ptr,
                            next: 0,
                            track,
                        });
                        i += 1;
                    }
                    b'"' => i = string_end(b, i),
                    _ => {
                        i += 1;
                        while i < b.len()
                            && !matches!(b[i], b',' | b'}' | b']' | b' ' | b'\t' | b'\r' | b'\n')
                        {
                            i += 1;
                        }
                    }
                }
            }
        }
    }
    pos
}
