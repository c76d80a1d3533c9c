fn main() {
    let word = "naïve";
    println!("{}", &word[0..2]);
    println!("{}", &word[0..3]);
}
