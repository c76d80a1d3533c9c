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
struct Entry {
    name: String,
    status: Status,
}

async fn run_table(mut inbox: mpsc::Receiver<Command>) {
    let mut jobs = BTreeMap::<u32, Entry>::new();
    while let Some(command) = inbox.recv().await {
        if let Command::Submit { name, reply } = command {
            let id = jobs.keys().next_back().map_or(1, |last| last + 1);
            jobs.insert(id, Entry { name, status: Status::Queued });
            let _ = reply.send(id);
        } else if let Command::Set { id, status } = command {
            jobs.entry(id).and_modify(|entry| entry.status = status);
        } else if let Command::List { reply } = command {
            let _ = reply.send(jobs.iter().map(|(&id, e)| (id, e.name.clone(), e.status)).collect());
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

    std::mem::drop(table);
    let result = actor.await;
    assert!(result.is_ok());
    println!("table closed");
}
