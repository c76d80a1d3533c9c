struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Outer {
    name: &'static str,
    inner: D,
    list: Vec<D>,
}

impl Drop for Outer {
    fn drop(&mut self) {
        println!("drop outer {} (inner {})", self.name, self.inner.0);
    }
}

fn pass_through(d: D) -> D {
    println!("passing {}", d.0);
    d
}

fn early(flag: bool) -> u32 {
    let _a = D("early-a");
    if flag {
        let _b = D("early-b");
        return 1;
    }
    let _c = D("early-c");
    2
}

fn main() {
    let a = D("a");
    let b = a;
    let _c = D("c");
    println!("moved a into b: {}", b.0);
    let kept = pass_through(D("passed"));
    println!("got back {}", kept.0);
    for name in ["l1", "l2", "l3"] {
        let d = D(name);
        if name == "l2" {
            println!("continue at {}", d.0);
            continue;
        }
        if name == "l3" {
            println!("break at {}", d.0);
            break;
        }
        println!("end of iteration {}", d.0);
    }
    println!("early(true) = {}", early(true));
    println!("early(false) = {}", early(false));
    let o = Outer { name: "o", inner: D("o.inner"), list: vec![D("o.list0"), D("o.list1")] };
    println!("built {}", o.name);
    drop(o);
    let mut v = vec![D("v0"), D("v1"), D("v2")];
    let popped = v.pop();
    println!("popped {}", popped.as_ref().map(|d| d.0).unwrap_or("-"));
    v.remove(0);
    println!("removed first");
    v.clear();
    println!("cleared");
    let mut r = D("r1");
    r = D("r2");
    println!("reassigned to {}", r.0);
    let boxed: Box<D> = Box::new(D("boxed"));
    let opt = Some(D("opt"));
    if let Some(inner) = &opt {
        println!("peek {}", inner.0);
    }
    let t = (D("t0"), D("t1"));
    println!("tuple {} {}", t.0 .0, t.1 .0);
    println!("boxed {}", boxed.0);
    {
        let _s1 = D("s1");
        let _s2 = D("s2");
    }
    println!("end of main");
}
