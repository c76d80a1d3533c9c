use std::fmt;

struct Secret {
    user: String,
    password: String,
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_struct("Secret")
            .field("user", &self.user)
            .field("password", &"***")
            .finish()
    }
}

struct Pair(i32, &'static str);

impl fmt::Debug for Pair {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_tuple("Pair").field(&self.0).field(&self.1).finish()
    }
}

struct Bag(Vec<u8>);

impl fmt::Debug for Bag {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_list().entries(self.0.iter()).finish()
    }
}

fn main() {
    let s = Secret { user: "ann".to_string(), password: "hunter2".to_string() };
    println!("{:?}", s);
    println!("{:#?}", s);
    println!("{:?}", Pair(7, "seven"));
    println!("{:#?}", Pair(7, "seven"));
    println!("{:?}", Bag(vec![1, 2, 3]));
    println!("{:#?}", Bag(vec![]));
}
