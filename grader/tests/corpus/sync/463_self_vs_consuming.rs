#[derive(Debug)]
struct Builder {
    parts: Vec<String>,
    sep: char,
}

impl Builder {
    fn new() -> Self {
        Builder { parts: Vec::new(), sep: ',' }
    }
    fn part(mut self, p: &str) -> Self {
        self.parts.push(p.to_string());
        self
    }
    fn sep(self, sep: char) -> Self {
        Builder { sep, ..self }
    }
    fn add(&mut self, p: &str) -> &mut Self {
        self.parts.push(p.to_uppercase());
        self
    }
    fn len(&self) -> usize {
        self.parts.len()
    }
    fn build(self) -> String {
        self.parts.join(&self.sep.to_string())
    }
}

struct Token {
    id: u32,
}
impl Token {
    fn consume(self) -> u32 {
        println!("consuming {}", self.id);
        self.id * 10
    }
    fn peek(&self) -> u32 {
        self.id
    }
}
impl Drop for Token {
    fn drop(&mut self) {
        println!("drop token {}", self.id);
    }
}

fn main() {
    let b = Builder::new().part("a").part("b").sep(';');
    println!("{:?} {}", b, b.len());
    let mut b2 = Builder::new();
    b2.add("x").add("y").add("z");
    println!("{}", b2.len());
    println!("{}", b2.build());
    println!("{}", b.build());
    let t = Token { id: 1 };
    println!("peek {}", t.peek());
    let v = t.consume();
    println!("got {}", v);
    let t2 = Token { id: 2 };
    {
        let t3 = Token { id: 3 };
        println!("inner {}", t3.peek() + t2.peek());
    }
    let t4 = Token { id: 4 };
    let t5 = Token { id: 5 };
    let total: u32 = t4.consume() + t5.consume();
    println!("total {}", total);
    println!("end");
}
