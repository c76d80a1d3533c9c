fn main() {
    let words = vec!["a", "b"];
    let t = std::thread::spawn(|| {
        println!("{}", words.len());
    });
    t.join().unwrap();
}
