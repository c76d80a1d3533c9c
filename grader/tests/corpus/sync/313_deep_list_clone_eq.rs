#[derive(Debug, Clone, PartialEq, PartialOrd)]
struct Node {
    v: u32,
    next: Option<Box<Node>>,
}

fn build(n: u32) -> Option<Box<Node>> {
    let mut head: Option<Box<Node>> = None;
    for i in 0..n {
        head = Some(Box::new(Node { v: i, next: head }));
    }
    head
}

fn len(mut cur: &Option<Box<Node>>) -> usize {
    let mut n = 0;
    while let Some(node) = cur {
        n += 1;
        cur = &node.next;
    }
    n
}

fn main() {
    let a = build(100000);
    let b = build(100000);
    println!("{} {}", a == b, a != b);
    println!("{} {}", a < b, a <= b);
    let c = build(99999);
    println!("{} {}", a == c, c < a);
    let mut d = build(20000);
    let e = d.clone();
    if let Some(node) = d.as_mut() {
        node.v = 7;
    }
    println!("{} {} {}", len(&d), len(&e), d == e);
    println!("{:?}", e.as_ref().map(|n| n.v));
    let small = build(3);
    println!("{:?}", small);
    let copy = small.clone();
    println!("{}", copy == small);
}
