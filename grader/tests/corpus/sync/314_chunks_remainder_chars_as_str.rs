fn capitalize(w: &str) -> String {
    let mut c = w.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

fn main() {
    let data: Vec<u32> = (1..=11).collect();
    let exact = data.chunks_exact(4);
    println!("{:?}", exact.remainder());
    for chunk in data.chunks_exact(4) {
        println!("{chunk:?} sum {}", chunk.iter().sum::<u32>());
    }
    println!("{:?}", data.chunks_exact(11).remainder());
    println!("{:?}", data.chunks_exact(20).remainder());
    let back: Vec<Vec<u32>> = data.rchunks(3).map(|c| c.to_vec()).collect();
    println!("{back:?}");
    println!("{}", ["hello", "wide", "", "é"].iter().map(|w| capitalize(w)).collect::<Vec<_>>().join(" "));
    let mut it = "grader".chars();
    it.next();
    it.next_back();
    println!("{:?}", it.as_str());
    let mut all = "xyz".chars();
    while all.next().is_some() {}
    println!("{:?}", all.as_str());
}
