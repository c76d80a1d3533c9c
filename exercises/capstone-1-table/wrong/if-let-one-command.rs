// fails: outcome, stdout
// checks only: `if let` handles one command and the actor returns, so the next `send` fails; no lint can know the loop was meant to run until the channel closes
use std::collections::BTreeMap;
use tokio::sync::{mpsc, oneshot};
use tokio::task::JoinHandle;

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
    if let Some(command) = inbox.recv().await {
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

#[tokio::main]
async fn main() {
    let (table, actor) = Table::start();
    let resize = table.submit("resize").await;
    let upload = table.submit("upload").await;
    let email = table.submit("email").await;
    println!("submitted jobs {resize}, {upload} and {email}");

    // A worker reports through its own clone of the handle.
    let reporter = table.clone();
    let worker = tokio::spawn(async move {
        reporter.set(resize, Status::Running).await;
        reporter.set(resize, Status::Done).await;
        reporter.set(upload, Status::Running).await;
    });
    worker.await.unwrap();

    for (id, name, status) in table.list().await {
        println!("job {id} {name}: {status:?}");
    }

    drop(table);
    actor.await.unwrap();
    println!("table closed");
}
