#[derive(Debug)]
struct Slot {
    job: Option<String>,
}

fn main() {
    let mut slot = Slot { job: Some("build".to_string()) };
    let taken = slot.job.take();
    println!("{taken:?} {slot:?}");
    println!("{:?}", slot.job.take());
    let old = slot.job.replace("test".to_string());
    println!("{old:?} {slot:?}");
    let old = slot.job.replace("deploy".to_string());
    println!("{old:?} {slot:?}");
    let len = slot.job.as_ref().map(|s| s.len());
    println!("{len:?} still owned: {slot:?}");
    if let Some(s) = slot.job.as_mut() {
        s.push_str("-prod");
    }
    println!("{slot:?}");
    let r: Option<&str> = slot.job.as_deref();
    println!("{r:?}");
    let v = slot.job.get_or_insert_with(|| "unused".to_string());
    v.make_ascii_uppercase();
    println!("{slot:?}");
    let mut empty: Option<u32> = None;
    *empty.get_or_insert(5) += 1;
    println!("{empty:?}");
    let n = Some(5);
    let copied: Option<i32> = Some(&7).copied();
    let cloned: Option<String> = Some(&String::from("c")).cloned();
    println!("{n:?} {copied:?} {cloned:?}");
    let mut counter = Some(0);
    while let Some(c) = counter.as_mut() {
        *c += 1;
        if *c == 3 {
            counter = None;
        }
    }
    println!("{counter:?}");
}
