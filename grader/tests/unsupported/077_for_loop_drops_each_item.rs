// `for t in tokens` drops each token at the end of its iteration; the VM's iterator keeps the
// Vec whole until the loop ends, so the destructors would run late.
struct Token {
    id: u32,
}
impl Drop for Token {
    fn drop(&mut self) {
        println!("drop token {}", self.id);
    }
}
fn main() {
    let tokens = vec![Token { id: 1 }, Token { id: 2 }];
    for t in tokens { //~ unsupported: a `for` loop that moves out values with a destructor
        println!("using {}", t.id);
    }
    println!("end");
}
