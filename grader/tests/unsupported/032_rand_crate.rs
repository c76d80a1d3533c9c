fn main() {
    let roll = rand::random::<u8>() % 6 + 1; //~ unsupported: rand
    println!("{}", roll <= 6);
}
