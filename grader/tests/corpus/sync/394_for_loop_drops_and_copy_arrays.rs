struct Token {
    id: u32,
}
impl Drop for Token {
    fn drop(&mut self) {
        println!("drop token {}", self.id);
    }
}
fn main() {
    let tokens: Vec<Token> = (1..4).map(|id| Token { id }).collect();
    for t in tokens {
        println!("using {}", t.id);
    }
    let pairs = [(1, 2), (3, 4)];
    for (a, b) in pairs {
        println!("{a} {b}");
    }
    println!("{:?}", pairs);
    println!("end");
}
