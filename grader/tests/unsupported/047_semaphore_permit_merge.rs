use tokio::sync::Semaphore;

#[tokio::main]
async fn main() {
    let sem = Semaphore::new(4);
    let mut a = sem.try_acquire_many(2).unwrap();
    let b = sem.try_acquire().unwrap();
    a.merge(b); //~ unsupported: merge
    println!("holds {}, available {}", a.num_permits(), sem.available_permits());
}
