trait Observer {
    fn notify(&mut self, event: &str);
    fn summary(&self) -> String;
}

struct Counter {
    count: usize,
}

struct Recorder {
    events: Vec<String>,
    limit: usize,
}

impl Observer for Counter {
    fn notify(&mut self, _event: &str) {
        self.count += 1;
    }
    fn summary(&self) -> String {
        format!("counter saw {}", self.count)
    }
}

impl Observer for Recorder {
    fn notify(&mut self, event: &str) {
        if self.events.len() < self.limit {
            self.events.push(event.to_uppercase());
        }
    }
    fn summary(&self) -> String {
        format!("recorder kept {:?}", self.events)
    }
}

fn broadcast(observers: &mut [&mut dyn Observer], event: &str) {
    for o in observers.iter_mut() {
        o.notify(event);
    }
}

fn main() {
    let mut c = Counter { count: 0 };
    let mut r = Recorder { events: Vec::new(), limit: 2 };
    {
        let mut list: Vec<&mut dyn Observer> = vec![&mut c, &mut r];
        for e in ["start", "tick", "stop"] {
            broadcast(&mut list, e);
        }
    }
    println!("{}", c.summary());
    println!("{}", r.summary());
    let mut boxed: Vec<Box<dyn Observer>> = vec![Box::new(Counter { count: 10 })];
    boxed[0].notify("x");
    println!("{}", boxed[0].summary());
}
