#[derive(Debug)]
struct Stack<T> {
    items: Vec<T>,
}

impl<T: std::fmt::Debug> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }
    fn push(&mut self, item: T) {
        self.items.push(item);
    }
    fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }
    fn peek(&self) -> Option<&T> {
        self.items.last()
    }
    fn len(&self) -> usize {
        self.items.len()
    }
    fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

#[derive(Debug, Clone, Copy)]
struct Point<T> {
    x: T,
    y: T,
}

impl Point<f64> {
    fn dist(&self) -> f64 {
        (self.x * self.x + self.y * self.y).sqrt()
    }
}

fn main() {
    let mut s: Stack<&str> = Stack::new();
    s.push("a");
    s.push("b");
    s.push("c");
    println!("{:?} len {} peek {:?}", s, s.len(), s.peek());
    while let Some(top) = s.pop() {
        println!("popped {top}");
    }
    println!("empty: {}, pop again: {:?}", s.is_empty(), s.pop());
    let p = Point { x: 3.0, y: 4.0 };
    let q = Point { x: 1, y: 2 };
    println!("{:?} dist {}", p, p.dist());
    println!("{:?}", q);
}
