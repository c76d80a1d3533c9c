use std::collections::VecDeque;
struct Token {
    id: u32,
}
impl Drop for Token {
    fn drop(&mut self) {
        println!("drop token {}", self.id);
    }
}
fn main() {
    let q = VecDeque::from(vec![Token { id: 1 }, Token { id: 2 }]);
    for t in q {
        println!("using {}", t.id);
    }
    let nums = Vec::from([5, 6]);
    for n in nums {
        println!("n {n}");
    }
    println!("end");
}
