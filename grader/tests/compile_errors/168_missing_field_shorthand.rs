struct Job {
    id: u32,
    name: String,
    retries: u8,
}

fn main() {
    let id = 1;
    let name = String::from("build");
    let job = Job { id, name };
    println!("{}", job.id);
}
