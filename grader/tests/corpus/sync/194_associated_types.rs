trait Container {
    type Item;
    fn items(&self) -> Vec<Self::Item>;
    fn first(&self) -> Option<Self::Item> {
        self.items().into_iter().next()
    }
}

struct Words(String);
struct Range3(i32);

impl Container for Words {
    type Item = String;
    fn items(&self) -> Vec<String> {
        self.0.split_whitespace().map(String::from).collect()
    }
}

impl Container for Range3 {
    type Item = i32;
    fn items(&self) -> Vec<i32> {
        (self.0..self.0 + 3).collect()
    }
}

fn describe<C: Container>(c: &C) -> String
where
    C::Item: std::fmt::Debug,
{
    format!("{} items, first {:?}", c.items().len(), c.first())
}

struct Countdown(u8);

impl Iterator for Countdown {
    type Item = u8;
    fn next(&mut self) -> Option<u8> {
        self.0 = self.0.checked_sub(1)?;
        Some(self.0)
    }
}

fn main() {
    println!("{}", describe(&Words("async rust is fun".into())));
    println!("{}", describe(&Range3(-1)));
    println!("{}", describe(&Words(String::new())));
    let v: Vec<u8> = Countdown(4).collect();
    println!("{v:?}");
    let total: u32 = Countdown(5).map(u32::from).sum();
    println!("{total}");
}
