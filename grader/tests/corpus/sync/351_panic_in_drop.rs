struct Loud(&'static str);

impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
        if self.0 == "bad" {
            panic!("drop of {} failed", self.0);
        }
    }
}

fn main() {
    let _a = Loud("a");
    {
        let _inner = Loud("inner");
    }
    let _b = Loud("bad");
    let _c = Loud("c");
    println!("end of main");
}
