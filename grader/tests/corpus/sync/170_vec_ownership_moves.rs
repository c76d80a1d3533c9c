#[derive(Debug, Clone)]
struct Task {
    id: u32,
    title: String,
}

fn take_all(tasks: Vec<Task>) -> usize {
    tasks.len()
}

fn titles(tasks: &[Task]) -> Vec<&str> {
    tasks.iter().map(|t| t.title.as_str()).collect()
}

fn main() {
    let mut tasks = vec![
        Task { id: 1, title: "write".into() },
        Task { id: 2, title: "test".into() },
        Task { id: 3, title: "ship".into() },
    ];
    println!("{:?}", titles(&tasks));
    let second = tasks.remove(1);
    println!("removed {second:?}");
    let copy = tasks.clone();
    println!("taken {}", take_all(copy));
    let first_title = tasks[0].title.clone();
    tasks[0].title.push_str(" docs");
    println!("{first_title} -> {}", tasks[0].title);
    let moved: Vec<String> = tasks.into_iter().map(|t| t.title).collect();
    println!("{moved:?}");
    let mut owned = vec![String::from("a"), String::from("b")];
    let taken = std::mem::take(&mut owned[0]);
    println!("{taken:?} {owned:?}");
    let last = owned.pop().unwrap_or_default();
    println!("{last} {}", owned.len());
    let ids: Vec<u32> = vec![Task { id: 9, title: String::new() }].iter().map(|t| t.id).collect();
    println!("{ids:?}");
}
