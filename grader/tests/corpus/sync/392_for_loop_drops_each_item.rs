// `for t in collection` moves each element out; Rust drops it at the end of its iteration,
// and what a `break` leaves when the loop ends.
use std::collections::{HashMap, VecDeque};
struct Token {
    id: u32,
}
impl Drop for Token {
    fn drop(&mut self) {
        println!("drop token {}", self.id);
    }
}
fn make(n: u32) -> Vec<Token> {
    (0..n).map(|id| Token { id: id + 10 }).collect()
}
fn main() {
    let tokens = vec![Token { id: 1 }, Token { id: 2 }, Token { id: 3 }];
    for t in tokens {
        if t.id == 2 {
            println!("break at {}", t.id);
            break;
        }
        println!("using {}", t.id);
    }
    println!("after first loop");
    let mut q = VecDeque::new();
    q.push_back(Token { id: 4 });
    q.push_back(Token { id: 5 });
    for t in q {
        println!("queue {}", t.id);
    }
    let mut m = HashMap::new();
    m.insert(1, Token { id: 6 });
    for (k, t) in m {
        println!("map {k} {}", t.id);
    }
    let arr = [Token { id: 7 }, Token { id: 8 }];
    for t in arr {
        println!("array {}", t.id);
    }
    for t in make(2) {
        println!("made {}", t.id);
    }
    println!("end");
}
