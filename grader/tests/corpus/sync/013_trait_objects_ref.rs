use std::fmt::Display;

trait Logger {
    fn log(&self, msg: &str) -> String;
}

struct Plain;
struct Prefixed(String);

impl Logger for Plain {
    fn log(&self, msg: &str) -> String {
        msg.to_string()
    }
}

impl Logger for Prefixed {
    fn log(&self, msg: &str) -> String {
        format!("[{}] {}", self.0, msg)
    }
}

fn run(logger: &dyn Logger, items: &[&dyn Display]) {
    for item in items {
        println!("{}", logger.log(&item.to_string()));
    }
}

fn main() {
    let plain = Plain;
    let pre = Prefixed("app".to_string());
    let loggers: [&dyn Logger; 2] = [&plain, &pre];
    let n = 42;
    let s = "text";
    let f = 2.5;
    for l in loggers {
        run(l, &[&n, &s, &f]);
    }
}
