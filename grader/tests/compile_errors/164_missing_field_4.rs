struct Task {
    id: u32,
    done: bool,
}

fn main() {
    let u = Task { id: 1 };
    println!("{}", u.id);
}
