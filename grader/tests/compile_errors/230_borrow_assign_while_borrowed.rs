fn main() {
    let mut score = 10;
    let r = &score;
    score = 20;
    println!("{r} {score}");
}
