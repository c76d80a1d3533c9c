fn pick_partner<'a>(me: &str, people: &[&'a str], round: usize) -> &'a str {
    people[round % people.len()]
}

fn main() {
    let people = ["ann", "bob", "cid"];
    let me = "cid";
    for round in 0..3 {
        let partner = pick_partner(me, &people, round);
        assert_ne!(partner, me, "round {round}: paired with myself");
        println!("round {round}: {me} + {partner}");
    }
}
