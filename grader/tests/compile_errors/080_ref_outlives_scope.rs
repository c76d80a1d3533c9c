fn main() {
    let longest;
    {
        let word = String::from("hello");
        longest = &word;
    }
    println!("{longest}");
}
