use std::collections::BTreeMap;
use std::time::Duration;
use tokio::sync::{mpsc, oneshot, Semaphore};
use tokio::task::{JoinHandle, JoinSet};
use tokio::time::{sleep, Instant};

const QUEUE_CAPACITY: usize = 2;
const MAX_RUNNING: usize = 2;

#[derive(Clone, Copy, Debug, PartialEq)]
enum Status {
    Queued,
    Running,
    Done,
}

enum Command {
    Submit { name: String, reply: oneshot::Sender<u32> },
    Set { id: u32, status: Status },
    List { reply: oneshot::Sender<Vec<(u32, String, Status)>> },
}

/// The actor: it alone owns the job table, and handles one command at a time.
async fn run_table(mut inbox: mpsc::Receiver<Command>) {
    let mut jobs: BTreeMap<u32, (String, Status)> = BTreeMap::new();
    let mut next_id = 1;
    while let Some(command) = inbox.recv().await {
        match command {
            Command::Submit { name, reply } => {
                jobs.insert(next_id, (name, Status::Queued));
                let _ = reply.send(next_id);
                next_id += 1;
            }
            Command::Set { id, status } => {
                if let Some(job) = jobs.get_mut(&id) {
                    job.1 = status;
                }
            }
            Command::List { reply } => {
                let list = jobs.iter().map(|(id, (name, status))| (*id, name.clone(), *status)).collect();
                let _ = reply.send(list);
            }
        }
    }
}

/// A handle to the job table actor: clone it freely.
#[derive(Clone)]
struct Table {
    inbox: mpsc::Sender<Command>,
}

impl Table {
    fn start() -> (Table, JoinHandle<()>) {
        let (inbox, rx) = mpsc::channel(16);
        let actor = tokio::spawn(run_table(rx));
        (Table { inbox }, actor)
    }

    async fn submit(&self, name: &str) -> u32 {
        let (reply, answer) = oneshot::channel();
        self.inbox.send(Command::Submit { name: name.to_string(), reply }).await.unwrap();
        answer.await.unwrap()
    }

    async fn set(&self, id: u32, status: Status) {
        self.inbox.send(Command::Set { id, status }).await.unwrap();
    }

    async fn list(&self) -> Vec<(u32, String, Status)> {
        let (reply, answer) = oneshot::channel();
        self.inbox.send(Command::List { reply }).await.unwrap();
        answer.await.unwrap()
    }
}

struct Job {
    id: u32,
    ms: u64,
}

static PERMITS: Semaphore = Semaphore::const_new(MAX_RUNNING);

/// The worker: runs up to MAX_RUNNING queued jobs at once, each in its own task.
async fn work(mut queue: mpsc::Receiver<Job>, table: Table) {
    let mut running = JoinSet::new();
    loop {
        let permit = PERMITS.acquire().await.unwrap();
        let Some(job) = queue.recv().await else { break };
        let table = table.clone();
        running.spawn(async move {
            let _permit = permit; // held until this task ends
            table.set(job.id, Status::Running).await;
            sleep(Duration::from_millis(job.ms)).await;
            table.set(job.id, Status::Done).await;
        });
    }
    while running.join_next().await.is_some() {}
}
/// Creates the job queue and spawns the worker on its receiving end.
fn start_worker(table: Table) -> (mpsc::Sender<Job>, JoinHandle<()>) {
    let (queue, jobs) = mpsc::channel(QUEUE_CAPACITY);
    let worker = tokio::spawn(work(jobs, table));
    (queue, worker)
}

/// Registers the job in the table, then queues it, waiting while the queue is full.
async fn submit(table: &Table, queue: &mpsc::Sender<Job>, name: &str, ms: u64) -> u32 {
    let id = table.submit(name).await;
    queue.send(Job { id, ms }).await.unwrap();
    id
}

const JOBS: [(&str, u64); 6] = [("resize", 100), ("upload", 100), ("stuck", 100), ("email", 50), ("report", 200), ("backup", 200)];

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (table, actor) = Table::start();
    let (queue, worker) = start_worker(table.clone());
    for (name, ms) in JOBS {
        let id = submit(&table, &queue, name, ms).await;
        println!("submitted job {id} at {} ms", start.elapsed().as_millis());
    }

    drop(queue);
    worker.await.unwrap();
    println!("finished at {} ms", start.elapsed().as_millis());

    for (id, name, status) in table.list().await {
        println!("job {id} {name}: {status:?}");
    }
    drop(table);
    actor.await.unwrap();
}
