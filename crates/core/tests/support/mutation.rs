//! Random edits to a real file, as a careless (or hostile) author or tool might make them: the
//! stand-in for a coverage-guided fuzzer's mutations. Shared by the hostile-input tests.

use proptest::prelude::*;
use proptest::sample::Index;

#[derive(Clone, Debug)]
pub enum Mutation {
    DeleteLine(Index),
    DuplicateLine(Index),
    SwapLines(Index, Index),
    ReplaceLine(Index, String),
    InsertLine(Index, String),
    InjectBytes(Index, Vec<u8>),
    Truncate(Index),
}

/// One edit; inserted and replacing lines come from `line`, which should look like the format
/// so that mutations reach deep into the parser.
pub fn mutation(line: impl Strategy<Value = String> + Clone) -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<Index>().prop_map(Mutation::DeleteLine),
        any::<Index>().prop_map(Mutation::DuplicateLine),
        (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
        (any::<Index>(), line.clone()).prop_map(|(i, l)| Mutation::ReplaceLine(i, l)),
        (any::<Index>(), line).prop_map(|(i, l)| Mutation::InsertLine(i, l)),
        (any::<Index>(), prop::collection::vec(any::<u8>(), 1..8))
            .prop_map(|(i, b)| Mutation::InjectBytes(i, b)),
        any::<Index>().prop_map(Mutation::Truncate),
    ]
}

/// Applies the edits to the bytes of `seed`. The result is read as UTF-8 the lossy way, as a
/// file with stray bytes would be by an editor or by `File.text()`.
pub fn mutate(seed: &str, edits: &[Mutation]) -> String {
    let mut bytes = seed.as_bytes().to_vec();
    for edit in edits {
        let mut lines: Vec<Vec<u8>> = bytes.split(|b| *b == b'\n').map(<[u8]>::to_vec).collect();
        let n = lines.len();
        match edit {
            Mutation::DeleteLine(i) => {
                lines.remove(i.index(n));
            }
            Mutation::DuplicateLine(i) => {
                let at = i.index(n);
                lines.insert(at, lines[at].clone());
            }
            Mutation::SwapLines(a, b) => lines.swap(a.index(n), b.index(n)),
            Mutation::ReplaceLine(i, l) => lines[i.index(n)] = l.clone().into_bytes(),
            Mutation::InsertLine(i, l) => lines.insert(i.index(n + 1), l.clone().into_bytes()),
            Mutation::InjectBytes(i, b) => {
                let at = i.index(bytes.len() + 1);
                bytes.splice(at..at, b.iter().copied());
                continue;
            }
            Mutation::Truncate(i) => {
                bytes.truncate(i.index(bytes.len() + 1));
                continue;
            }
        }
        bytes = lines.join(&b'\n');
    }
    String::from_utf8_lossy(&bytes).into_owned()
}
