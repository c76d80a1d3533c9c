fn main() {
    {
        let inner = 5;
    }
    println!("{}", inner);
}
