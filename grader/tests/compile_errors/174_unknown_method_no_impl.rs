struct Player {
    score: u32,
}

fn main() {
    let p = Player { score: 3 };
    println!("{}", p.score());
}
