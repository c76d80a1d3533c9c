struct MinHeap<T: Ord> {
    data: Vec<T>,
}

impl<T: Ord + std::fmt::Debug> MinHeap<T> {
    fn new() -> Self {
        MinHeap { data: Vec::new() }
    }
    fn push(&mut self, item: T) {
        self.data.push(item);
        let mut i = self.data.len() - 1;
        while i > 0 {
            let parent = (i - 1) / 2;
            if self.data[i] < self.data[parent] {
                self.data.swap(i, parent);
                i = parent;
            } else {
                break;
            }
        }
    }
    fn pop(&mut self) -> Option<T> {
        if self.data.is_empty() {
            return None;
        }
        let last = self.data.len() - 1;
        self.data.swap(0, last);
        let top = self.data.pop();
        let mut i = 0;
        loop {
            let (l, r) = (2 * i + 1, 2 * i + 2);
            let mut smallest = i;
            if l < self.data.len() && self.data[l] < self.data[smallest] {
                smallest = l;
            }
            if r < self.data.len() && self.data[r] < self.data[smallest] {
                smallest = r;
            }
            if smallest == i {
                break;
            }
            self.data.swap(i, smallest);
            i = smallest;
        }
        top
    }
}

fn main() {
    let mut h = MinHeap::new();
    for x in [5, 3, 8, 1, 9, 2, 7] {
        h.push(x);
    }
    let mut out = Vec::new();
    while let Some(x) = h.pop() {
        out.push(x);
    }
    println!("{out:?}");
    let mut tasks = MinHeap::new();
    tasks.push((2, "write tests"));
    tasks.push((1, "fix bug"));
    tasks.push((3, "refactor"));
    tasks.push((1, "deploy"));
    while let Some((prio, name)) = tasks.pop() {
        println!("{prio} {name}");
    }
}
