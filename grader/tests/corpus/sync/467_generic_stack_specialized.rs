use std::fmt::Debug;
use std::marker::PhantomData;

#[derive(Debug)]
struct Stack<T> {
    items: Vec<T>,
}

impl<T> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }
    fn push(&mut self, t: T) {
        self.items.push(t);
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

impl Stack<i32> {
    fn sum(&self) -> i32 {
        self.items.iter().sum()
    }
}

impl Stack<String> {
    fn joined(&self) -> String {
        self.items.join("+")
    }
}

impl<T: Debug> Stack<T> {
    fn dump(&self) -> String {
        format!("{:?}", self.items)
    }
}

struct Meters;
struct Seconds;

#[derive(Debug, Clone, Copy)]
struct Quantity<U> {
    value: f64,
    unit: PhantomData<U>,
}

impl<U> Quantity<U> {
    fn new(value: f64) -> Self {
        Quantity { value, unit: PhantomData }
    }
    fn add(self, o: Quantity<U>) -> Quantity<U> {
        Quantity::new(self.value + o.value)
    }
}

impl Quantity<Meters> {
    fn describe(&self) -> String {
        format!("{} m", self.value)
    }
}
impl Quantity<Seconds> {
    fn describe_s(&self) -> String {
        format!("{} s", self.value)
    }
}

fn main() {
    let mut s: Stack<i32> = Stack::new();
    s.push(3);
    s.push(4);
    s.push(5);
    println!("{} {} {:?}", s.sum(), s.len(), s.peek());
    s.pop();
    println!("{} {}", s.sum(), s.dump());
    let mut w = Stack::new();
    w.push(String::from("a"));
    w.push("b".to_string());
    println!("{} {}", w.joined(), w.dump());
    let mut e: Stack<char> = Stack::new();
    println!("{} {:?}", e.is_empty(), e.pop());
    e.push('z');
    println!("{:?}", e);
    let d = Quantity::<Meters>::new(3.0).add(Quantity::new(4.5));
    let t: Quantity<Seconds> = Quantity::new(9.0);
    println!("{} / {}", d.describe(), t.describe_s());
    println!("{:?}", d.value / t.value);
}
