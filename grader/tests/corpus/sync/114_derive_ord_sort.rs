#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Clone, Copy)]
enum Priority {
    Low = 1,
    Medium = 5,
    High = 10,
}

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Task {
    priority: Priority,
    due_day: u32,
    title: &'static str,
}

#[derive(Debug, PartialEq, PartialOrd)]
struct Version(u32, u32, u32);

fn main() {
    let mut tasks = vec![
        Task { priority: Priority::Low, due_day: 3, title: "water plants" },
        Task { priority: Priority::High, due_day: 9, title: "pay rent" },
        Task { priority: Priority::High, due_day: 2, title: "fix bug" },
        Task { priority: Priority::Medium, due_day: 2, title: "email" },
    ];
    tasks.sort();
    for t in &tasks {
        println!("{:?} day {} {}", t.priority, t.due_day, t.title);
    }
    tasks.sort_by(|a, b| b.cmp(a));
    println!("{:?}", tasks.iter().map(|t| t.title).collect::<Vec<_>>());
    println!("{}", Priority::High as i32);
    println!("{:?}", Priority::Low.cmp(&Priority::Medium));
    println!("{:?}", Priority::Low.max(Priority::High));
    let v1 = Version(1, 10, 0);
    let v2 = Version(1, 9, 99);
    println!("{} {:?}", v1 > v2, v1.partial_cmp(&v2));
    println!("{:?}", "abc".cmp("abd"));
    println!("{:?}", [1, 2, 3][..].cmp(&[1, 2][..]));
    println!("{:?}", (2, 'a').cmp(&(2, 'b')));
}
