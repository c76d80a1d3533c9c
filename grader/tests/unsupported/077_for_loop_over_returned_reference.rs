// `for t in r` where `r` came from a fn returning `&Vec<Token>`: the light types erase the
// reference, so the grader cannot tell a borrowed loop (no drops) from a moving one.
struct Token {
    id: u32,
}
impl Drop for Token {
    fn drop(&mut self) {
        println!("drop token {}", self.id);
    }
}
fn longer<'a>(x: &'a Vec<Token>, y: &'a Vec<Token>) -> &'a Vec<Token> {
    if x.len() >= y.len() { x } else { y }
}
fn main() {
    let a = vec![Token { id: 20 }];
    let b = vec![Token { id: 21 }, Token { id: 22 }];
    let r = longer(&a, &b);
    for t in r { //~ unsupported: a `for` loop that moves out values with a destructor
        println!("borrowed {}", t.id);
    }
    println!("still {} and {}", a.len(), b.len());
}
