//! What the tests of this crate and of the crates after it share (feature
//! `test-support`; not part of the API).

/// Every `.txt` under `corpus/` and `tests/` of the workspace, as text, after `extra`.
pub fn workspace_texts(extra: &[&str]) -> Vec<String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut stack = vec![root.join("corpus"), root.join("tests")];
    let mut out: Vec<String> = extra.iter().map(|t| t.to_string()).collect();
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries.flatten() {
            let path = e.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|x| x == "txt") {
                let bytes = std::fs::read(&path).unwrap();
                out.push(String::from_utf8_lossy(&bytes).into_owned());
            }
        }
    }
    assert!(
        out.len() > extra.len() + 50,
        "the workspace's texts were not found"
    );
    out
}

/// A deterministic xorshift sequence for randomized tests: `next(n)` is in `0..n`.
pub fn xorshift(mut seed: u64) -> impl FnMut(usize) -> usize {
    move |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    }
}
