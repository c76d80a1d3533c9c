use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Connection {
    name: String,
}

impl Drop for Connection {
    fn drop(&mut self) {
        println!("closing {}", self.name);
    }
}

struct Pool {
    conns: Vec<Rc<Connection>>,
}

struct Owner {
    name: String,
    pet: RefCell<Option<Rc<Pet>>>,
}

struct Pet {
    name: String,
    owner: RefCell<Weak<Owner>>,
}

impl Drop for Owner {
    fn drop(&mut self) {
        println!("owner {} leaves", self.name);
    }
}

impl Drop for Pet {
    fn drop(&mut self) {
        println!("pet {} leaves (owner alive: {})", self.name, self.owner.borrow().upgrade().is_some());
    }
}

fn main() {
    let db = Rc::new(Connection { name: "db".into() });
    let pool = Pool { conns: vec![Rc::clone(&db), Rc::clone(&db)] };
    println!("count {}", Rc::strong_count(&db));
    drop(db);
    println!("main's handle dropped, pool still has {}", pool.conns.len());
    let first = Rc::clone(&pool.conns[0]);
    drop(pool);
    println!("pool dropped, first still alive: {}", Rc::strong_count(&first));
    drop(first);
    println!("after the last handle");
    {
        let cache = Rc::new(Connection { name: "cache".into() });
        let _again = Rc::clone(&cache);
        println!("leaving the block with {} handles", Rc::strong_count(&cache));
    }
    let owner = Rc::new(Owner { name: "ann".into(), pet: RefCell::new(None) });
    let pet = Rc::new(Pet { name: "rex".into(), owner: RefCell::new(Weak::new()) });
    *pet.owner.borrow_mut() = Rc::downgrade(&owner);
    *owner.pet.borrow_mut() = Some(Rc::clone(&pet));
    println!("owner strong {} weak {}, pet strong {}", Rc::strong_count(&owner), Rc::weak_count(&owner), Rc::strong_count(&pet));
    drop(pet);
    println!("pet handle dropped");
    drop(owner);
    println!("done");
    let a = Rc::new(Connection { name: "cycle-a".into() });
    let holder = Rc::new(RefCell::new(Vec::new()));
    holder.borrow_mut().push(Rc::clone(&a));
    let h2 = Rc::clone(&holder);
    holder.borrow_mut().clear();
    println!("cleared: a count {}, holder count {}", Rc::strong_count(&a), Rc::strong_count(&h2));
}
