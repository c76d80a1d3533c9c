struct Node {
    val: u32,
    next: Option<Box<Node>>,
}

impl Drop for Node {
    fn drop(&mut self) {
        if self.val % 2500 == 0 {
            println!("dropping {}", self.val);
        }
    }
}

fn main() {
    let mut head: Option<Box<Node>> = None;
    for i in 0..10_000u32 {
        head = Some(Box::new(Node { val: i, next: head }));
    }
    let mut len = 0;
    let mut cur = &head;
    while let Some(n) = cur {
        len += 1;
        cur = &n.next;
    }
    println!("len {}", len);
    drop(head);
    println!("done");
}
