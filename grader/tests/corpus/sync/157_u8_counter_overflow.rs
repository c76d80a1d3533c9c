struct Room {
    visitors: u8,
}

impl Room {
    fn enter(&mut self, name: &str) {
        self.visitors += 1;
        println!("{name} arrives, {} visitors", self.visitors);
    }
}

fn main() {
    let mut room = Room { visitors: 250 };
    for name in ["ann", "bob", "cid", "dee", "eve", "fay", "gus"] {
        room.enter(name);
    }
}
