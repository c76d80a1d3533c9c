fn main() {
    let a = vec![1, 2];
    let b = vec![3, 4, 5];
    let all: Vec<i32> = a.iter().chain(b.iter()).copied().collect();
    println!("{all:?}");
    let words = ["hello world", "async rust"];
    let split: Vec<&str> = words.iter().flat_map(|s| s.split(' ')).collect();
    println!("{split:?}");
    let letters: String = words.iter().flat_map(|s| s.chars().filter(|c| !c.is_whitespace())).collect();
    println!("{letters}");
    let nested = vec![vec![1], vec![2, 3], vec![], vec![4]];
    let flat: Vec<i32> = nested.into_iter().flatten().collect();
    println!("{flat:?}");
    let pairs: Vec<(i32, i32)> = (1..=3).flat_map(|x| (x..=3).map(move |y| (x, y))).collect();
    println!("{pairs:?}");
    let maybe = vec![Some("a"), None, Some("c")];
    println!("{:?}", maybe.into_iter().flatten().collect::<Vec<_>>());
    let once = std::iter::once(0).chain(5..7).chain(std::iter::repeat(9).take(2));
    println!("{:?}", once.collect::<Vec<_>>());
    let files = [("src", vec!["main.rs", "lib.rs"]), ("tests", vec!["it.rs"])];
    for path in files.iter().flat_map(|(dir, fs)| fs.iter().map(move |f| format!("{dir}/{f}"))) {
        println!("{path}");
    }
}
