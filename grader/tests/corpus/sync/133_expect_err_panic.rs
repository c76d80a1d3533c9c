fn parse_scores(inputs: &[&str]) -> Vec<i32> {
    let mut out = Vec::new();
    for s in inputs {
        let n: i32 = s.trim().parse().expect("every input is a number");
        out.push(n);
        println!("parsed {n}");
    }
    out
}

fn main() {
    let scores = parse_scores(&["10", " 20", "thirty"]);
    println!("{scores:?}");
}
