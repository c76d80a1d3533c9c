use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{mpsc, oneshot, OwnedSemaphorePermit, Semaphore};
use tokio::task::{JoinHandle, JoinSet};
use tokio::time::{sleep, timeout, Instant};
use tokio_util::sync::CancellationToken;

const QUEUE_CAPACITY: usize = 2;
const MAX_RUNNING: usize = 2;
const ATTEMPT_TIMEOUT: Duration = Duration::from_millis(250);
const MAX_ATTEMPTS: u32 = 3;

#[derive(Clone, Copy, Debug, PartialEq)]
enum Status {
    Queued,
    Running,
    Done,
    Failed,
    Cancelled,
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
    name: String,
    ms: u64,
}

/// How long one attempt of a job takes: "upload" hangs on its first two attempts, "stuck" on every one.
fn attempt_ms(job: &Job, attempt: u32) -> u64 {
    match job.name.as_str() {
        "upload" if attempt < 3 => 1_000,
        "stuck" => 1_000,
        _ => job.ms,
    }
}

/// Runs the attempts of a job: `Ok(attempts used)`, or `Err(MAX_ATTEMPTS)` when every attempt timed out.
async fn run_with_retries(job: &Job) -> Result<u32, u32> {
    let mut backoff = Duration::from_millis(100);
    for attempt in 1..=MAX_ATTEMPTS {
        let work = sleep(Duration::from_millis(attempt_ms(job, attempt)));
        if timeout(ATTEMPT_TIMEOUT, work).await.is_ok() {
            return Ok(attempt);
        }
        if attempt < MAX_ATTEMPTS {
            sleep(backoff).await;
            backoff *= 2;
        }
    }
    Err(MAX_ATTEMPTS)
}

/// Runs one job, reporting to the table; the permit is released when the job is done.
async fn run_job(job: Job, table: Table, permit: OwnedSemaphorePermit) {
    table.set(job.id, Status::Running).await;
    let status = match run_with_retries(&job).await {
        Ok(_) => Status::Done,
        Err(_) => Status::Failed,
    };
    table.set(job.id, status).await;
    drop(permit);
}

/// The worker: runs up to MAX_RUNNING queued jobs at once, each in its own task, until the queue
/// closes or the token is cancelled.
async fn work(mut queue: mpsc::Receiver<Job>, table: Table, token: CancellationToken) {
    // TODO: stop taking jobs as soon as `token` is cancelled: wait for the token and for the next job
    // at the same time, the token first. Then mark every job still in the queue `Cancelled`, and let
    // the running jobs finish.
    let permits = Arc::new(Semaphore::new(MAX_RUNNING));
    let mut running = JoinSet::new();
    loop {
        // A permit first: while MAX_RUNNING jobs run, the next job stays in the queue.
        let permit = Arc::clone(&permits).acquire_owned().await.unwrap();
        let Some(job) = queue.recv().await else {
            break;
        };
        running.spawn(run_job(job, table.clone(), permit));
    }
    while let Some(result) = running.join_next().await {
        result.unwrap();
    }
}

/// Creates the job queue and spawns the worker on its receiving end.
fn start_worker(table: Table, token: CancellationToken) -> (mpsc::Sender<Job>, JoinHandle<()>) {
    let (queue, jobs) = mpsc::channel(QUEUE_CAPACITY);
    let worker = tokio::spawn(work(jobs, table, token));
    (queue, worker)
}

/// Registers the job in the table, then queues it, waiting while the queue is full.
async fn submit(table: &Table, queue: &mpsc::Sender<Job>, name: &str, ms: u64) -> u32 {
    let id = table.submit(name).await;
    queue.send(Job { id, name: name.to_string(), ms }).await.unwrap();
    id
}

const JOBS: [(&str, u64); 6] = [("resize", 100), ("upload", 100), ("stuck", 100), ("email", 50), ("report", 200), ("backup", 200)];

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (table, actor) = Table::start();
    let token = CancellationToken::new();
    let (queue, worker) = start_worker(table.clone(), token.clone());
    for (name, ms) in JOBS {
        let id = submit(&table, &queue, name, ms).await;
        println!("submitted job {id} at {} ms", start.elapsed().as_millis());
    }

    // TODO: shut down now, without running the queued jobs: cancel the token, wait for the worker,
    // then print "shut down at <ms> ms" (instead of the three lines below).
    drop(queue);
    worker.await.unwrap();
    println!("finished at {} ms", start.elapsed().as_millis());

    for (id, name, status) in table.list().await {
        println!("job {id} {name}: {status:?}");
    }
    drop(table);
    actor.await.unwrap();
}
