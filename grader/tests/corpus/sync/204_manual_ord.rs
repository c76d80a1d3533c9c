use std::cmp::Ordering;

#[derive(Debug, PartialEq, Eq)]
struct Job {
    priority: u8,
    submitted: u32,
    name: String,
}

impl Ord for Job {
    fn cmp(&self, other: &Self) -> Ordering {
        other.priority.cmp(&self.priority).then_with(|| self.submitted.cmp(&other.submitted))
    }
}

impl PartialOrd for Job {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn main() {
    let mut jobs = vec![
        Job { priority: 1, submitted: 1, name: "backup".into() },
        Job { priority: 5, submitted: 3, name: "page oncall".into() },
        Job { priority: 3, submitted: 2, name: "reindex".into() },
        Job { priority: 5, submitted: 0, name: "restart db".into() },
    ];
    jobs.sort();
    for j in &jobs {
        println!("p{} t{} {}", j.priority, j.submitted, j.name);
    }
    let first = jobs.iter().min().unwrap();
    println!("next: {}", first.name);
    println!("{:?}", jobs[0].cmp(&jobs[1]));
    println!("{}", jobs[3] > jobs[0]);
}
