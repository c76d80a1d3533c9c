// `PartialEq<str>` and `PartialEq<&str>` for one type: `n == *"ALICE"` and `n == "ALICE"` run
// different impls, but a string's run-time value does not say whether it was behind `&`.
struct Name(String);
impl PartialEq<str> for Name {
    fn eq(&self, other: &str) -> bool {
        self.0.eq_ignore_ascii_case(other)
    }
}
impl PartialEq<&str> for Name { //~ unsupported: a second impl of `eq` whose argument has the same run-time type
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}
fn main() {
    let n = Name("Alice".to_string());
    println!("{} {}", n == *"ALICE", n == "ALICE");
}
