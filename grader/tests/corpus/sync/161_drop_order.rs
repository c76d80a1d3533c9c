struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Pair {
    first: Noisy,
    second: Noisy,
}

fn make(name: &'static str) -> Noisy {
    println!("make {name}");
    Noisy(name)
}

fn consume(n: Noisy) {
    println!("consuming {}", n.0);
}

fn main() {
    let _a = make("a");
    let b = make("b");
    {
        let _inner = make("inner");
        println!("leaving block");
    }
    consume(b);
    let _pair = Pair { first: make("pair.first"), second: make("pair.second") };
    let v = vec![make("v0"), make("v1")];
    println!("temporary len: {}", make("temp").0.len());
    let _ = make("underscore");
    let _kept = make("kept");
    drop(v);
    let mut slot = Some(make("slot"));
    slot = None;
    println!("slot is none: {}", slot.is_none());
    let shadow = make("shadow1");
    let shadow = Noisy(if shadow.0.len() > 3 { "shadow2" } else { "x" });
    println!("end of main with {}", shadow.0);
}
