#[derive(Debug, Clone)]
struct Player {
    name: &'static str,
    score: u32,
    age: u8,
}

fn main() {
    let mut v = vec![5, 3, 9, 1, 3, 7];
    v.sort();
    println!("{v:?}");
    v.sort_by(|a, b| b.cmp(a));
    println!("{v:?}");
    let mut words = vec!["banana", "Apple", "cherry", "apple", "fig"];
    words.sort();
    println!("{words:?}");
    words.sort_by_key(|w| w.len());
    println!("{words:?}");
    words.sort_by_key(|w| w.to_lowercase());
    println!("{words:?}");
    let mut players = vec![
        Player { name: "zed", score: 50, age: 30 },
        Player { name: "amy", score: 80, age: 25 },
        Player { name: "bo", score: 50, age: 20 },
        Player { name: "cy", score: 80, age: 35 },
    ];
    players.sort_by(|a, b| b.score.cmp(&a.score).then(a.name.cmp(b.name)));
    for p in &players {
        println!("{:>4} {} {}", p.name, p.score, p.age);
    }
    players.sort_by_key(|p| std::cmp::Reverse(p.age));
    println!("{:?}", players.iter().map(|p| p.name).collect::<Vec<_>>());
    let mut floats = vec![2.5, -1.0, 9.75, 0.0];
    floats.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("{floats:?}");
    let mut u = vec![3, 1, 2];
    u.sort_unstable();
    println!("{u:?} {}", u.is_sorted());
}
